"""Fault injection, scripted per request: rate limits, server errors, stalls, dropped streams.

``app.faults.add(path="/chat/completions", status=429, retry_after=0.01, times=1)`` makes the
next matching request fail that way; later ones are answered normally. Faults are checked in
the order they were added; each counts its ``hits``.
"""

from __future__ import annotations

import fnmatch
import threading
from dataclasses import dataclass, field
from typing import Dict, Iterator, List, Optional

from ._wire import Body, Disconnect, LocalRequest, LocalResponse, StreamCut

__all__ = ["Fault", "Faults"]

_ERRORS: Dict[int, "tuple[str, str, str]"] = {
    429: (
        "Rate limit reached for requests. Please retry after the delay in Retry-After.",
        "requests",
        "rate_limit_exceeded",
    ),
    500: ("The server had an error while processing your request. Sorry about that!", "server_error", "server_error"),
    502: ("Bad gateway.", "server_error", "bad_gateway"),
    503: ("The engine is currently overloaded, please try again later.", "server_error", "overloaded"),
}


@dataclass
class Fault:
    """One scripted failure.

    ``path`` is matched against the request path without ``/v1`` (``*`` globs allowed);
    ``status`` answers with that status in the API's error shape (``retry_after`` adds the
    ``Retry-After`` header, in seconds); ``stall`` waits that many seconds before the headers
    (alone, it delays a normal answer); ``cut_after`` answers normally but drops the connection
    after that many body chunks (SSE events; a JSON body is one chunk); ``disconnect`` closes
    the connection without answering. ``times=None`` fires forever.
    """

    path: str = "*"
    method: Optional[str] = None
    status: Optional[int] = None
    message: Optional[str] = None
    retry_after: Optional[float] = None
    headers: Dict[str, str] = field(default_factory=dict)
    stall: float = 0.0
    cut_after: Optional[int] = None
    disconnect: bool = False
    times: Optional[int] = 1
    hits: int = 0

    def matches(self, request: LocalRequest) -> bool:
        if self.times is not None and self.hits >= self.times:
            return False
        if self.method is not None and self.method.upper() != request.method:
            return False
        pattern = "/" + self.path.strip("/")
        if pattern.startswith("/v1/"):
            pattern = pattern[3:]
        return fnmatch.fnmatchcase(request.path, pattern)

    def error_response(self) -> Optional[LocalResponse]:
        if self.status is None:
            return None
        default = _ERRORS.get(self.status, (f"Injected error {self.status}.", "server_error", "injected_fault"))
        headers = dict(self.headers)
        if self.retry_after is not None:
            headers["retry-after"] = _seconds(self.retry_after)
        return LocalResponse.error(
            self.status, self.message or default[0], type=default[1], code=default[2], headers=headers
        )

    def apply(self, response: LocalResponse) -> LocalResponse:
        """Wrap a normal answer: add the stall and the cut."""
        response.delay += self.stall
        response.headers.update(self.headers)
        if self.cut_after is not None:
            if isinstance(response.body, bytes):
                # Announce the whole length, then stop half-way: a truncated body, as on a real drop.
                response.headers["content-length"] = str(len(response.body))
            response.body = _cut(response.body, self.cut_after)
        return response


def _seconds(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _cut(body: Body, after: int) -> Iterator[bytes]:
    if isinstance(body, bytes):
        if after > 0:
            yield body[: max(1, len(body) // 2)]
        raise StreamCut
    for index, chunk in enumerate(body):
        if index >= after:
            raise StreamCut
        yield chunk
    raise StreamCut


@dataclass
class Faults:
    _faults: List[Fault] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def add(
        self,
        path: str = "*",
        *,
        method: Optional[str] = None,
        status: Optional[int] = None,
        message: Optional[str] = None,
        retry_after: Optional[float] = None,
        headers: Optional[Dict[str, str]] = None,
        stall: float = 0.0,
        cut_after: Optional[int] = None,
        disconnect: bool = False,
        times: Optional[int] = 1,
    ) -> Fault:
        fault = Fault(
            path, method, status, message, retry_after, dict(headers or {}), stall, cut_after, disconnect, times
        )
        with self._lock:
            self._faults.append(fault)
        return fault

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def take(self, request: LocalRequest) -> Optional[Fault]:
        """The first fault that fits this request, counted as used."""
        with self._lock:
            for fault in self._faults:
                if fault.matches(request):
                    fault.hits += 1
                    return fault
        return None

    def answer(self, fault: Fault) -> Optional[LocalResponse]:
        """The response a fault gives instead of the handler's, if it replaces it."""
        if fault.disconnect:
            raise Disconnect(fault.stall)
        response = fault.error_response()
        if response is not None:
            response.delay = fault.stall
        return response
