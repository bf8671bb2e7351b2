"""The local API over a real socket on 127.0.0.1 (stdlib server, one thread per connection).

Streams go out with chunked transfer encoding, flushed per event. Faults become real network
failures: a stall sleeps before the status line (a hang until the server stops; with
``stall_after``, between two events, the connection open), a cut stops
mid-body and closes the socket (without the final chunk), a reset aborts it with a TCP RST, a
disconnect closes it without answering.
"""

from __future__ import annotations

import math
import selectors
import socket
import struct
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Dict, Iterator, List, Optional, Set

from ._app import LocalAPI
from ._wire import Disconnect, LocalRequest, LocalResponse, StreamCut

__all__ = ["LocalServer"]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out as separate writes: no 40 ms ACK waits
    server: "_Server"

    def _body(self) -> bytes:
        if "chunked" in self.headers.get("transfer-encoding", "").lower():
            parts: List[bytes] = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass  # trailers
                    return b"".join(parts)
                parts.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("content-length") or 0)
        return self.rfile.read(length) if length else b""

    def _wait(self, seconds: float) -> bool:
        """Sleep ``seconds`` (``inf``: until stop); whether the server is stopping."""
        return self.server.stopping.wait(None if seconds == math.inf else seconds)

    def setup(self) -> None:
        super().setup()
        self.number = self.server.count_connection()

    def _headers(self) -> Dict[str, str]:
        joined: Dict[str, str] = {}
        for name, value in self.headers.items():  # a repeated header: its values joined, as RFC 9110 allows
            key = name.lower()
            joined[key] = f"{joined[key]}, {value}" if key in joined else value
        return joined

    def _handle(self) -> None:
        request = LocalRequest.build(self.command, self.path, self._body(), self._headers())
        request.connection, request.received = self.number, time.monotonic()
        request.raw_headers = list(self.headers.items())
        try:
            if "websocket" in self.headers.get("upgrade", "").lower():
                self.close_connection = True  # after a WebSocket, or a refused upgrade
                opened = self.server.app.open_socket(request)
                if not isinstance(opened, LocalResponse):
                    from ._websocket import serve_websocket  # only now: websockets is optional

                    serve_websocket(*opened, request, self.connection, self.rfile, self.server.stopping)
                    return
                result = opened
            else:
                result = self.server.app.handle_request(request)
        except Disconnect as drop:
            self._wait(drop.delay)
            if drop.reset:
                self._reset()
            else:
                self._drop()
            return
        if self._wait(result.delay):  # a stall ends when the server stops
            self._drop()
            return
        try:
            self._send(result)
        except StreamCut:
            self._drop()
        except _Reset:
            self._reset()
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up (e.g. its timeout fired during a stall)

    def _send(self, result: LocalResponse) -> None:
        headers = dict(result.headers)
        chunks: Iterator[bytes]
        if result.close_delimited:
            headers.pop("content-length", None)
            headers["connection"] = "close"
            framed, chunks = False, result.chunks()
        elif isinstance(result.body, bytes):
            headers.setdefault("content-length", str(len(result.body)))  # a fault may announce more
            framed, chunks = False, iter([result.body])
        else:
            framed, chunks = "content-length" not in headers, result.body  # a cut JSON body keeps its length
            if framed:
                headers["transfer-encoding"] = "chunked"
        self.send_response(result.status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        budget = _Budget(result.reset_after)
        for index, chunk in enumerate(chunks):
            if index and result.pause and self._wait(result.pause):
                raise StreamCut
            if index == result.stall_after and self._wait(result.stall_for):
                raise StreamCut  # the server stops during a stall
            if framed and not chunk:
                continue  # an empty chunk would end the body
            budget.write(self.wfile, b"%x\r\n%s\r\n" % (len(chunk), chunk) if framed else chunk)
        if result.reset_after is not None:
            raise _Reset
        if framed and not result.terminate:
            raise StreamCut
        if framed:
            self.wfile.write(b"0\r\n\r\n")
        if result.close_delimited:
            self._drop()

    def _reset(self) -> None:
        """Abort with a TCP RST (after a moment, so the client reads what was sent)."""
        self.close_connection = True
        self._wait(0.05)
        try:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
        except OSError:
            pass

    def _drop(self) -> None:
        self.close_connection = True
        try:
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    do_GET = do_POST = do_DELETE = do_PUT = do_PATCH = _handle

    def log_message(self, format: str, *args: object) -> None:  # quiet by default
        pass


class _Reset(Exception):
    """The body reached its ``reset_after`` budget: abort the connection."""


class _Budget:
    """Counts body bytes on the wire; stops writing at ``limit`` (``None``: no limit)."""

    def __init__(self, limit: Optional[int]) -> None:
        self.left = limit

    def write(self, out: Any, data: bytes) -> None:
        if self.left is not None:
            data, self.left = data[: self.left], self.left - min(len(data), self.left)
        out.write(data)
        if self.left == 0:
            raise _Reset


class _Server(ThreadingHTTPServer):
    """Stops at once: ``stop()`` wakes the accept loop through a socket pair instead of
    waiting out a poll interval, and shuts the open connections so idle keep-alive threads end."""

    daemon_threads = True
    request_queue_size = 128  # many clients connecting at once are not turned away
    app: LocalAPI

    def __init__(self, address: "tuple[str, int]") -> None:
        super().__init__(address, _Handler)
        self.stopping = threading.Event()
        self._wake_read, self._wake_write = socket.socketpair()
        self._connections: Set[socket.socket] = set()
        self._lock = threading.Lock()
        self.accepted = 0

    def count_connection(self) -> int:
        with self._lock:
            self.accepted += 1
            return self.accepted

    @property
    def open_connections(self) -> int:
        with self._lock:
            return len(self._connections)

    def serve_until_stopped(self) -> None:
        with selectors.DefaultSelector() as selector:
            selector.register(self, selectors.EVENT_READ)
            selector.register(self._wake_read, selectors.EVENT_READ)
            while not self.stopping.is_set():
                for key, _ in selector.select():
                    if key.fileobj is self and not self.stopping.is_set():
                        self._accept()

    def _accept(self) -> None:
        try:
            request, client_address = self.get_request()
        except OSError:
            return
        try:
            self.process_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
            self.shutdown_request(request)

    def stop(self) -> None:
        self.stopping.set()
        try:
            self._wake_write.send(b"x")
        except OSError:
            pass
        with self._lock:
            connections = list(self._connections)
        for connection in connections:
            try:
                connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        with self._lock:
            self._connections.add(request)
        try:
            super().process_request_thread(request, client_address)
        finally:
            with self._lock:
                self._connections.discard(request)

    def server_close(self) -> None:
        super().server_close()
        self._wake_read.close()
        self._wake_write.close()

    def handle_error(self, request: object, client_address: object) -> None:
        # A client that closes its connection (after ``[DONE]``, on ``break``, on a timeout) is
        # normal for a test server; anything else is printed as usual.
        if isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError)):
            return
        super().handle_error(request, client_address)  # type: ignore[arg-type]


class LocalServer:
    """``with LocalServer() as server: OpenAI(base_url=server.url, api_key="local")``.

    ``port=0`` picks a free port; ``server.app`` is the :class:`LocalAPI` answering, for
    scripting replies and faults. ``provider`` (when no ``app`` is given) emulates that
    provider's chat wire format, as ``LocalAPI(provider=...)``.
    """

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        app: Optional[LocalAPI] = None,
        *,
        provider: Optional[str] = None,
    ) -> None:
        if app is not None and provider is not None:
            raise ValueError("Pass `provider` to the LocalAPI you give as `app`, not to LocalServer")
        self._server = _Server((host, port))
        self._server.app = app or LocalAPI(provider=provider)
        self._thread: Optional[threading.Thread] = None

    @property
    def app(self) -> LocalAPI:
        return self._server.app

    @property
    def connections(self) -> int:
        """Connections accepted so far."""
        return self._server.accepted

    @property
    def open_connections(self) -> int:
        """Connections open now (a client keeps idle ones for reuse)."""
        return self._server.open_connections

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    def start(self) -> "LocalServer":
        self._thread = threading.Thread(
            target=self._server.serve_until_stopped, name="openwire-local-server", daemon=True
        )
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Serve in this thread until :meth:`stop` (from another thread) or Ctrl-C."""
        self._server.serve_until_stopped()

    def stop(self) -> None:
        """Stop accepting, close open connections and release the port; returns within milliseconds."""
        self._server.stop()
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        self._server.server_close()

    def __enter__(self) -> "LocalServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
