"""Byte-exact scripted replies for integration tests, served by the embedded server.

:class:`ScriptedServer` is ``openwire.local.LocalServer`` (real sockets on 127.0.0.1) with an
app that answers every request with the next queued :class:`Reply` (or ``handler``'s), instead
of emulating the API: tests of the client's wire behaviour script exactly what comes back. Each
:class:`Reply` becomes an ``openwire.local`` fault (``_faults.Fault``), so the waits, stalls,
paced chunks, missing terminating chunk and TCP resets are the embedded server's. A test then
asserts on ``requests`` (every request as received) and on the connection counters.
"""

from __future__ import annotations

import collections
import json
import socket
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Deque, Dict, List, Optional, Sequence, Tuple, Union
from urllib.parse import parse_qsl, urlsplit

from openwire.local import LocalAPI, LocalRequest, LocalResponse, LocalServer
from openwire.local._faults import Fault

__all__ = [
    "ScriptedServer",
    "Reply",
    "Recorded",
    "Part",
    "json_reply",
    "text_reply",
    "sse_reply",
    "sse_body",
    "stall",
    "reset",
    "free_port",
]


@dataclass
class Reply:
    status: int = 200
    headers: Dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    delay: float = 0.0
    """Seconds to wait before the status line."""
    stall: bool = False
    """Read the request, then never answer (until the server stops)."""
    chunks: Optional[Sequence[bytes]] = None
    """Send the body with ``Transfer-Encoding: chunked``, one HTTP chunk per item."""
    pause: float = 0.0
    """Seconds between two chunks."""
    terminate: bool = True
    """Send the terminating zero-length chunk; ``False`` closes the connection instead."""
    content_length: Optional[int] = None
    """Announced length (default: the body's), e.g. more than is sent before a reset."""
    reset: bool = False
    """After the body (or chunks), wait a moment and abort the connection with a RST."""
    close: bool = False
    """Close the connection after this response (``Connection: close``)."""


@dataclass
class Part:
    name: Optional[str]
    filename: Optional[str]
    content_type: Optional[str]
    data: bytes


@dataclass
class Recorded:
    method: str
    target: str
    headers: Dict[str, str]
    """Lower-cased names; repeated headers joined with ``", "``."""
    raw_headers: List[Tuple[str, str]]
    """As sent: the client's case, repeated headers apart, in order."""
    body: bytes
    time: float
    """``time.monotonic()`` when the whole request had arrived."""
    connection: int
    """Sequence number of the connection it came on (1-based)."""

    @classmethod
    def of(cls, request: LocalRequest) -> "Recorded":
        return cls(
            request.method,
            request.target,
            request.headers,
            request.raw_headers,
            request.body,
            request.received,
            request.connection,
        )

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query_string(self) -> str:
        return urlsplit(self.target).query

    @property
    def query(self) -> List[Tuple[str, str]]:
        return parse_qsl(self.query_string, keep_blank_values=True)

    def json(self) -> Any:
        return json.loads(self.body)

    def multipart(self) -> List[Part]:
        """The parts of a ``multipart/form-data`` body, in order, byte-exact."""
        content_type = self.headers["content-type"]
        boundary = content_type.split("boundary=", 1)[1].strip('"').encode()
        parts: List[Part] = []
        sections = self.body.split(b"--" + boundary)
        assert sections[-1].strip() in (b"--", b""), "multipart body does not end with the closing boundary"
        for section in sections[1:-1]:
            assert section.startswith(b"\r\n") and section.endswith(b"\r\n"), "malformed multipart section"
            head, _, data = section[2:-2].partition(b"\r\n\r\n")
            headers: Dict[str, str] = {}
            for line in head.decode().split("\r\n"):
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
            disposition = _disposition_params(headers.get("content-disposition", ""))
            parts.append(Part(disposition.get("name"), disposition.get("filename"), headers.get("content-type"), data))
        return parts


def _disposition_params(value: str) -> Dict[str, str]:
    params: Dict[str, str] = {}
    for item in value.split(";")[1:]:
        key, _, raw = item.strip().partition("=")
        params[key.lower()] = raw.strip('"')
    return params


# -- reply helpers ----------------------------------------------------------------------------


def json_reply(data: object, status: int = 200, headers: Optional[Dict[str, str]] = None, **kwargs: Any) -> Reply:
    return Reply(
        status=status,
        headers={"content-type": "application/json", **(headers or {})},
        body=json.dumps(data).encode(),
        **kwargs,
    )


def text_reply(text: str, status: int = 200, headers: Optional[Dict[str, str]] = None, **kwargs: Any) -> Reply:
    return Reply(status=status, headers={"content-type": "text/plain", **(headers or {})}, body=text.encode(), **kwargs)


def sse_body(*items: object, done: bool = True, newline: str = "\n") -> bytes:
    """``data:`` events for ``items`` (JSON-encoded unless already ``str``), then ``[DONE]``."""
    out = []
    for item in items:
        data = item if isinstance(item, str) else json.dumps(item)
        out.append(f"data: {data}{newline}{newline}")
    if done:
        out.append(f"data: [DONE]{newline}{newline}")
    return "".join(out).encode()


def sse_reply(pieces: Sequence[Union[bytes, str]], pause: float = 0.0, **kwargs: Any) -> Reply:
    chunks = [piece.encode() if isinstance(piece, str) else piece for piece in pieces]
    headers = {"content-type": "text/event-stream", **kwargs.pop("headers", {})}
    return Reply(headers=headers, chunks=chunks, pause=pause, **kwargs)


def stall() -> Reply:
    return Reply(stall=True)


def reset(status: int = 200, partial: bytes = b'{"partial": ', announced: int = 1000, **kwargs: Any) -> Reply:
    """Headers announcing ``announced`` bytes, ``partial`` of them, then a connection reset."""
    return Reply(
        status=status,
        headers={"content-type": "application/json"},
        body=partial,
        content_length=announced,
        reset=True,
        **kwargs,
    )


def free_port() -> int:
    """A port on 127.0.0.1 nobody listens on (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


# -- the server -------------------------------------------------------------------------------


def as_response(reply: Reply) -> LocalResponse:
    """The embedded server's response for ``reply``: its bytes, sent the way it says."""
    headers = dict(reply.headers)
    if reply.close:
        headers["connection"] = "close"
    chunks = None if reply.chunks is None else [chunk for chunk in reply.chunks if chunk]
    reset_after = None
    if reply.reset:  # after everything the body sends, as framed on the wire
        framed = [b"%x\r\n%s\r\n" % (len(chunk), chunk) for chunk in chunks] if chunks is not None else [reply.body]
        reset_after = sum(len(piece) for piece in framed)
    fault = Fault(
        status=reply.status,
        headers=headers,
        body=reply.body if chunks is None else None,
        chunks=chunks,
        stall=reply.delay,
        hang=reply.stall,
        pause=reply.pause,
        unterminated=chunks is not None and not reply.terminate and not reply.reset,
        content_length=reply.content_length,
        reset_after=reset_after,
    )
    response = fault.replacement()
    assert response is not None
    return fault.apply(response)


class _ScriptedAPI(LocalAPI):
    def __init__(self, owner: "ScriptedServer") -> None:
        super().__init__()
        self._owner = owner

    def handle_request(self, request: LocalRequest) -> LocalResponse:
        return as_response(self._owner._reply_for(Recorded.of(request)))


class ScriptedServer:
    """``with ScriptedServer() as server:`` listens on an ephemeral port until the block ends."""

    def __init__(self) -> None:
        self.requests: List[Recorded] = []
        self.handler: Optional[Callable[[Recorded], Reply]] = None
        self._replies: Deque[Reply] = collections.deque()
        self._lock = threading.Lock()
        self._server = LocalServer(app=_ScriptedAPI(self))
        self.url = self._server.url
        self.origin = self.url[: -len("/v1")]
        self.port = int(self.origin.rsplit(":", 1)[1])

    def __enter__(self) -> "ScriptedServer":
        self._server.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def stop(self) -> None:
        self._server.stop()

    @property
    def connections(self) -> int:
        """Connections accepted so far."""
        return self._server.connections

    @property
    def open_connections(self) -> int:
        """Connections currently open (the client has not closed them yet)."""
        return self._server.open_connections

    # -- scripting --------------------------------------------------------------------------

    def queue(self, *replies: Reply) -> None:
        with self._lock:
            self._replies.extend(replies)

    def clear_queue(self) -> int:
        """Drop the replies not used yet; returns how many there were."""
        with self._lock:
            count = len(self._replies)
            self._replies.clear()
            return count

    @property
    def pending(self) -> int:
        """Queued replies not used yet."""
        with self._lock:
            return len(self._replies)

    def wait_for(self, predicate: Callable[[], bool], timeout: float = 3.0) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if predicate():
                return True
            time.sleep(0.01)
        return predicate()

    def _reply_for(self, request: Recorded) -> Reply:
        with self._lock:
            self.requests.append(request)
            if self._replies:
                return self._replies.popleft()
            handler = self.handler
        if handler is not None:
            return handler(request)
        return text_reply("scripted server: no reply scripted", status=418, headers={"x-should-retry": "false"})
