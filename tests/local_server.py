"""A scriptable HTTP/1.1 server on 127.0.0.1 for integration tests: real sockets, one thread
per connection.

A test queues :class:`Reply` objects (or sets ``handler``), makes calls, then asserts on
``requests`` (every request as received) and on the connection counters. A reply can wait
before its headers, stall until the server stops, write a chunked body piece by piece, end
without the terminating chunk, or reset the connection (RST) part-way through the body.
"""

from __future__ import annotations

import collections
import http
import json
import socket
import socketserver
import struct
import threading
import time
from dataclasses import dataclass, field
from typing import IO, Any, Callable, Deque, Dict, List, Optional, Sequence, Tuple, Union
from urllib.parse import parse_qsl, urlsplit

__all__ = [
    "LocalServer",
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

# A stalled reply gives up after this long even if the server is never stopped.
STALL_LIMIT = 30.0


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
    """After the body (or chunks), wait ``reset_delay`` and abort the connection with a RST."""
    reset_delay: float = 0.05
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
    body: bytes
    time: float
    """``time.monotonic()`` when the whole request had arrived."""
    connection: int
    """Sequence number of the connection it came on (1-based)."""

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


class _ConnectionClosed(Exception):
    pass


class LocalServer:
    """``with LocalServer() as server:`` listens on an ephemeral port until the block ends."""

    def __init__(self) -> None:
        self.requests: List[Recorded] = []
        self.handler: Optional[Callable[[Recorded], Reply]] = None
        self.connections = 0
        """Connections accepted so far."""
        self.open_connections = 0
        """Connections currently open (the client has not closed them yet)."""
        self._replies: Deque[Reply] = collections.deque()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._sockets: List[socket.socket] = []
        self._tcp = _TCPServer(("127.0.0.1", 0), _Handler)
        self._tcp.owner = self
        self.port: int = self._tcp.server_address[1]
        self.origin = f"http://127.0.0.1:{self.port}"
        self.url = self.origin + "/v1"
        self._thread = threading.Thread(target=self._tcp.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)

    def __enter__(self) -> "LocalServer":
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def stop(self) -> None:
        self._stopping.set()
        self._tcp.shutdown()
        with self._lock:
            sockets = list(self._sockets)
        for sock in sockets:  # wake handler threads blocked on idle keep-alive connections
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        self._tcp.server_close()

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

    # -- called by the handler threads ------------------------------------------------------

    def _accepted(self, sock: socket.socket) -> int:
        with self._lock:
            self.connections += 1
            self.open_connections += 1
            self._sockets.append(sock)
            return self.connections

    def _closed(self, sock: socket.socket) -> None:
        with self._lock:
            self.open_connections -= 1
            self._sockets.remove(sock)

    def _reply_for(self, request: Recorded) -> Reply:
        with self._lock:
            self.requests.append(request)
            if self._replies:
                return self._replies.popleft()
            handler = self.handler
        if handler is not None:
            return handler(request)
        return text_reply("local_server: no reply scripted", status=418, headers={"x-should-retry": "false"})


class _TCPServer(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True
    block_on_close = False
    request_queue_size = 512
    owner: LocalServer


class _Handler(socketserver.BaseRequestHandler):
    server: _TCPServer

    def handle(self) -> None:
        owner = self.server.owner
        sock: socket.socket = self.request
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        number = owner._accepted(sock)
        reader = sock.makefile("rb")
        try:
            while not owner._stopping.is_set():
                request = _read_request(reader, number)
                if request is None:
                    return
                if not _send(sock, owner._reply_for(request), owner._stopping):
                    return
        except (_ConnectionClosed, OSError):
            return
        finally:
            reader.close()
            owner._closed(sock)


def _read_request(reader: IO[bytes], connection: int) -> Optional[Recorded]:
    line = reader.readline(65537)
    while line in (b"\r\n", b"\n"):
        line = reader.readline(65537)
    if not line:
        return None
    method, target, _version = line.decode("latin-1").rstrip("\r\n").split(" ", 2)
    raw_headers: List[Tuple[str, str]] = []
    while True:
        header_line = reader.readline(65537)
        if not header_line:
            raise _ConnectionClosed
        if header_line in (b"\r\n", b"\n"):
            break
        name, _, value = header_line.decode("latin-1").partition(":")
        raw_headers.append((name.strip(), value.strip()))
    headers: Dict[str, str] = {}
    for name, value in raw_headers:
        key = name.lower()
        headers[key] = f"{headers[key]}, {value}" if key in headers else value
    if headers.get("transfer-encoding", "").lower() == "chunked":
        body = _read_chunked(reader)
    else:
        length = int(headers.get("content-length", "0"))
        body = reader.read(length) if length else b""
        if len(body) != length:
            raise _ConnectionClosed
    return Recorded(method, target, headers, raw_headers, body, time.monotonic(), connection)


def _read_chunked(reader: IO[bytes]) -> bytes:
    body = b""
    while True:
        size_line = reader.readline(65537)
        if not size_line:
            raise _ConnectionClosed
        size = int(size_line.split(b";", 1)[0].strip(), 16)
        if size == 0:
            while reader.readline(65537) not in (b"\r\n", b"\n", b""):
                pass  # trailers
            return body
        body += reader.read(size)
        reader.readline(65537)


def _send(sock: socket.socket, reply: Reply, stopping: threading.Event) -> bool:
    """Write ``reply``; returns whether the connection stays open for another request."""
    if reply.stall:
        stopping.wait(STALL_LIMIT)
        return False
    if reply.delay:
        time.sleep(reply.delay)
    headers = dict(reply.headers)
    if reply.chunks is not None:
        headers["transfer-encoding"] = "chunked"
    else:
        length = reply.content_length if reply.content_length is not None else len(reply.body)
        headers["content-length"] = str(length)
    if reply.close:
        headers["connection"] = "close"
    try:
        phrase = http.HTTPStatus(reply.status).phrase
    except ValueError:
        phrase = "Unknown"
    head = f"HTTP/1.1 {reply.status} {phrase}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
    sock.sendall(head.encode("latin-1"))
    if reply.chunks is not None:
        for index, chunk in enumerate(reply.chunks):
            if index and reply.pause:
                time.sleep(reply.pause)
            if chunk:  # an empty chunk would end the body
                sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        if not reply.reset:
            if not reply.terminate:
                return False  # the handler closes the socket: the body ends without its last chunk
            sock.sendall(b"0\r\n\r\n")
    elif reply.body:
        sock.sendall(reply.body)
    if reply.reset:
        time.sleep(reply.reset_delay)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.close()
        return False
    return not reply.close
