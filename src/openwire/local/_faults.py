"""Fault injection, scripted per request: rate limits, server errors, stalls, broken transfers.

``app.faults.add(path="/chat/completions", status=429, retry_after=0.01, times=1)`` makes the
next matching request fail that way; later ones are answered normally. Faults are checked in
the order they were added; each counts its ``hits``.

A fault either replaces the answer (``status``: an error in the API's shape; ``body`` or
``chunks``: these exact bytes; ``disconnect``: no answer at all) or changes how the normal
answer travels (``stall``, ``hang``, ``cut_after``, ``chunk_size`` + ``pause``,
``unterminated``, ``reset_after``, ``content_length``, ``close_delimited``, ``stall_after``,
``malformed_after``, ``no_done``). Over a socket these
are real network failures; the in-process transport raises the httpx error a client would see.

A fault with ``custom_id`` aims at the lines of a batch instead (``routes/batches.py``): it fails
the matching lines (``status``), or expires the batch when it reaches one (``expire``).
"""

from __future__ import annotations

import fnmatch
import json
import math
import threading
from dataclasses import dataclass, field
from typing import Dict, Iterator, List, Optional, Union

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

Bytes = Union[str, bytes]


def _as_bytes(value: Bytes) -> bytes:
    return value.encode() if isinstance(value, str) else value


@dataclass
class Fault:
    """One scripted failure (or scripted raw answer).

    Which requests: ``path`` is matched against the request path without ``/v1`` (``*`` globs
    allowed), ``method`` if given; ``times=None`` fires forever.

    What answers: ``status`` alone answers with that status in the API's error shape
    (``message`` overrides the text, ``code`` and ``type`` the error's ``code`` and ``type``, so
    ``status=400, code="context_length_exceeded"`` or ``status=400, code="content_filter"`` is
    one fault; ``retry_after`` adds ``Retry-After``, in seconds);
    ``body`` (or ``chunks``, sent as separate chunks) answers with exactly those bytes and
    ``status`` (default 200); ``disconnect`` closes the connection without answering (with ``reset_after``, any number:
    aborts it with a TCP RST before the headers);
    ``headers`` are added to any answer. ``reject_prefill`` fires only on a request whose last
    message is the assistant's (a prefill) and answers it with a 400 (``status`` overrides),
    as a provider that does not take prefills does; other requests pass untouched.

    How it travels: ``stall`` waits that many seconds before the headers; ``hang`` waits until
    the server stops; ``cut_after`` drops the connection after that many body chunks (SSE
    events; a JSON body is one chunk, cut in half); ``chunk_size`` splits a body into pieces of
    that many bytes and ``pause`` waits between pieces; ``unterminated`` ends a chunked body
    without its last chunk; ``reset_after`` aborts the connection (TCP RST) after that many body
    bytes; ``content_length`` announces that length whatever is sent; ``close_delimited`` sends
    the body with no length and closes the connection (HTTP/1.0 style).

    Mid-stream (counted in body chunks, i.e. SSE events): ``stall_after=N`` sends N events, then
    waits ``stall`` seconds (``hang``: until the server stops) with the connection open before
    the rest, instead of stalling before the headers; in-process, a stall longer than the
    client's read timeout raises ``httpx.ReadTimeout`` after that timeout. ``malformed_after=N``
    sends one event whose data is not JSON after N events of a stream, then the rest. ``no_done`` ends the
    stream, properly framed, without ``data: [DONE]``, without the chunk that carries a
    ``finish_reason`` (and the usage chunk after it) and without a Responses terminal event:
    a truncated stream that looks finished to the transport.

    On a WebSocket (``/realtime``, ``/responses``; one hit per connection), counted in server
    events: ``close_code=1011`` closes it with that code (and ``message`` as the reason) after
    ``close_after`` events (default 0: right after the handshake); ``cut_after=N`` drops the TCP
    connection after N events with no close frame (the client sees 1006); ``stall_after=N``
    pauses after N events; ``stall`` / ``hang`` delay the handshake; ``status`` refuses it
    with that HTTP status and ``disconnect`` drops it.

    In a batch: ``custom_id`` (``*`` globs allowed) makes the fault match only the lines of a
    batch being run whose ``custom_id`` fits, and whose ``url`` fits ``path`` (other faults never
    touch batch lines). With ``status`` the line is answered with that error (it goes to the
    error file); with ``expire`` the batch expires when it reaches the line: the lines before it
    are in the output (a partial result), that line and the rest are in the error file as
    ``batch_expired``.
    """

    path: str = "*"
    method: Optional[str] = None
    status: Optional[int] = None
    message: Optional[str] = None
    code: Optional[str] = None
    type: Optional[str] = None
    retry_after: Optional[float] = None
    headers: Dict[str, str] = field(default_factory=dict)
    body: Optional[Bytes] = None
    chunks: Optional[List[Bytes]] = None
    stall: float = 0.0
    hang: bool = False
    cut_after: Optional[int] = None
    chunk_size: Optional[int] = None
    pause: float = 0.0
    unterminated: bool = False
    reset_after: Optional[int] = None
    content_length: Optional[int] = None
    close_delimited: bool = False
    disconnect: bool = False
    stall_after: Optional[int] = None
    malformed_after: Optional[int] = None
    no_done: bool = False
    reject_prefill: bool = False
    close_code: Optional[int] = None
    close_after: Optional[int] = None
    custom_id: Optional[str] = None
    expire: bool = False
    times: Optional[int] = 1
    hits: int = 0

    def __post_init__(self) -> None:
        for name in ("stall", "pause", "retry_after"):
            value = getattr(self, name)
            if value is not None and not (isinstance(value, (int, float)) and 0 <= value < math.inf):
                raise ValueError(f"Fault {name}= must be a number of seconds >= 0, got {value!r}")
        for name in (
            "times",
            "cut_after",
            "chunk_size",
            "reset_after",
            "content_length",
            "stall_after",
            "malformed_after",
            "close_after",
        ):
            value = getattr(self, name)
            if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
                raise ValueError(f"Fault {name}= must be a whole number >= 0, got {value!r}")
        if self.close_code is not None and not (
            isinstance(self.close_code, int)
            and not isinstance(self.close_code, bool)
            and 1000 <= self.close_code < 5000
        ):
            raise ValueError(f"Fault close_code= must be a WebSocket close code (1000-4999), got {self.close_code!r}")
        if self.close_after is not None and self.close_code is None:
            raise ValueError("Fault close_after= needs a close_code= (e.g. close_code=1011)")
        if self.chunk_size == 0:
            raise ValueError("Fault chunk_size= must be at least 1")
        if self.body is not None and self.chunks is not None:
            raise ValueError("give a Fault body= or chunks=, not both")
        if self.expire and self.custom_id is None:
            raise ValueError("Fault expire= acts on batch lines: give the custom_id= of the line to expire at")

    def matches(self, request: LocalRequest) -> bool:
        if self.times is not None and self.hits >= self.times:
            return False
        if self.method is not None and self.method.upper() != request.method:
            return False
        if self.reject_prefill and not _ends_with_prefill(request):
            return False
        if (self.custom_id is None) != (request.custom_id is None):
            return False  # batch-line faults and request faults never stand for each other
        if self.custom_id is not None and not fnmatch.fnmatchcase(request.custom_id or "", self.custom_id):
            return False
        pattern = "/" + self.path.strip("/")
        if pattern.startswith("/v1/"):
            pattern = pattern[3:]
        return fnmatch.fnmatchcase(request.path, pattern)

    @property
    def scripts_bytes(self) -> bool:
        """The answer is the fault's own bytes (no error shape, no provider reshaping)."""
        return self.body is not None or self.chunks is not None

    def replacement(self) -> Optional[LocalResponse]:
        """The answer given instead of the handler's, if this fault replaces it."""
        if self.disconnect:
            raise Disconnect(math.inf if self.hang else self.stall, reset=self.reset_after is not None)
        if self.body is not None:
            return LocalResponse(self.status or 200, _as_bytes(self.body), dict(self.headers))
        if self.chunks is not None:
            return LocalResponse(self.status or 200, iter([_as_bytes(c) for c in self.chunks]), dict(self.headers))
        status = self.status
        if status is None and self.reject_prefill:
            status = 400
        if status is None:
            return None
        kind = "invalid_request_error" if 400 <= status < 500 else "server_error"
        default = _ERRORS.get(status, (f"Injected error {status}.", kind, "injected_fault"))
        if self.reject_prefill:
            default = (_PREFILL, "invalid_request_error", default[2])
        headers = dict(self.headers)
        if self.retry_after is not None:
            headers["retry-after"] = _seconds(self.retry_after)
        return LocalResponse.error(
            status,
            self.message or default[0],
            type=self.type or default[1],
            code=self.code or default[2],
            headers=headers,
        )

    def apply(self, response: LocalResponse) -> LocalResponse:
        """Set how ``response`` travels: stall, pieces and pauses, cut, reset, framing."""
        if self.stall_after is None:
            response.delay = math.inf if self.hang else response.delay + self.stall
        else:
            response.stall_after, response.stall_for = self.stall_after, math.inf if self.hang else self.stall
        response.headers.update(self.headers)
        if self.no_done and not isinstance(response.body, bytes):  # streams only
            response.body = _without_end(response.body)
        if self.malformed_after is not None and not isinstance(response.body, bytes):
            response.body = _malformed(response.body, self.malformed_after)
        if self.chunk_size is not None:
            response.body = _pieces(response.body, self.chunk_size)
        if self.cut_after is not None:
            if isinstance(response.body, bytes):
                # Announce the whole length, then stop half-way: a truncated body, as on a real drop.
                response.headers["content-length"] = str(len(response.body))
            response.body = _cut(response.body, self.cut_after)
        if self.content_length is not None:
            response.headers["content-length"] = str(self.content_length)
        if self.unterminated:
            response.headers.pop("content-length", None)
            response.body = iter([response.body]) if isinstance(response.body, bytes) else response.body
            response.terminate = False
        response.pause = self.pause
        response.reset_after = self.reset_after
        response.close_delimited = self.close_delimited
        return response


def _seconds(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


_PREFILL = "The last message must be the user's: this model does not take an assistant prefill."
_MALFORMED = b'data: {"id": "chatcmpl-broken", "choices": [{"delta": \n\n'
_TERMINAL = ("response.completed", "response.incomplete", "response.failed")


def _ends_with_prefill(request: LocalRequest) -> bool:
    try:
        messages = json.loads(request.body or b"null").get("messages")
    except (ValueError, AttributeError):
        return False
    return (
        isinstance(messages, list)
        and bool(messages)
        and isinstance(messages[-1], dict)
        and (messages[-1].get("role") == "assistant")
    )


def _events(body: Body) -> Iterator[bytes]:
    yield from [body] if isinstance(body, bytes) else body


def _ends(event: bytes) -> "tuple[bool, bool]":
    """(drop this event, and every later one) for ``no_done``."""
    data = b"".join(line[5:].strip() for line in event.splitlines() if line.startswith(b"data:"))
    if data == b"[DONE]":
        return True, False
    try:
        payload = json.loads(data)
    except ValueError:
        return False, False
    if not isinstance(payload, dict):
        return False, False
    if payload.get("type") in _TERMINAL:
        return True, True
    choices = payload.get("choices")
    if isinstance(choices, list) and any(isinstance(c, dict) and c.get("finish_reason") for c in choices):
        return True, True
    return False, False


def _without_end(body: Body) -> Iterator[bytes]:
    for chunk in _events(body):
        kept: List[bytes] = []
        for event in chunk.split(b"\n\n"):
            drop, stop = _ends(event)
            if stop:
                if kept:
                    yield b"\n\n".join(kept) + b"\n\n"
                return
            if not drop:
                kept.append(event)
        if any(kept):
            yield b"\n\n".join(kept)


def _malformed(body: Body, after: int) -> Iterator[bytes]:
    for index, chunk in enumerate(_events(body)):
        if index == after:
            yield _MALFORMED
        yield chunk


def _pieces(body: Body, size: int) -> Iterator[bytes]:
    for chunk in [body] if isinstance(body, bytes) else body:
        for start in range(0, len(chunk), size):
            yield chunk[start : start + size]


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
        code: Optional[str] = None,
        type: Optional[str] = None,
        retry_after: Optional[float] = None,
        headers: Optional[Dict[str, str]] = None,
        body: Optional[Bytes] = None,
        chunks: Optional[List[Bytes]] = None,
        stall: float = 0.0,
        hang: bool = False,
        cut_after: Optional[int] = None,
        chunk_size: Optional[int] = None,
        pause: float = 0.0,
        unterminated: bool = False,
        reset_after: Optional[int] = None,
        content_length: Optional[int] = None,
        close_delimited: bool = False,
        disconnect: bool = False,
        stall_after: Optional[int] = None,
        malformed_after: Optional[int] = None,
        no_done: bool = False,
        reject_prefill: bool = False,
        close_code: Optional[int] = None,
        close_after: Optional[int] = None,
        custom_id: Optional[str] = None,
        expire: bool = False,
        times: Optional[int] = 1,
    ) -> Fault:
        """Script a fault for requests to ``path``; the options are described on :class:`Fault`."""
        fault = Fault(
            path=path,
            method=method,
            status=status,
            message=message,
            code=code,
            type=type,
            retry_after=retry_after,
            headers=dict(headers or {}),
            body=body,
            chunks=list(chunks) if chunks is not None else None,
            stall=stall,
            hang=hang,
            cut_after=cut_after,
            chunk_size=chunk_size,
            pause=pause,
            unterminated=unterminated,
            reset_after=reset_after,
            content_length=content_length,
            close_delimited=close_delimited,
            disconnect=disconnect,
            stall_after=stall_after,
            malformed_after=malformed_after,
            no_done=no_done,
            reject_prefill=reject_prefill,
            close_code=close_code,
            close_after=close_after,
            custom_id=custom_id,
            expire=expire,
            times=times,
        )
        with self._lock:
            self._faults.append(fault)
        return fault

    def clear(self) -> int:
        """Remove every fault; returns how many there were."""
        with self._lock:
            count = len(self._faults)
            self._faults.clear()
        return count

    def __iter__(self) -> Iterator[Fault]:
        with self._lock:
            return iter(list(self._faults))

    def take(self, request: LocalRequest) -> Optional[Fault]:
        """The first fault that fits this request, counted as used."""
        with self._lock:
            for fault in self._faults:
                if fault.matches(request):
                    fault.hits += 1
                    return fault
        return None
