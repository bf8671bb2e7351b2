"""A scripted WebSocket server on 127.0.0.1 for the realtime client tests.

Each accepted connection runs the next script of ``scripts`` (the last one again once they run
out). A script is a function of a :class:`Peer`: it sends events, closes with a code, drops the
TCP connection without a close frame, stalls, or sends bytes that are not JSON. Every handshake
(path, query, headers) and every message received is recorded, per connection, so a test asserts
on what the client sent and when.

``stall_handshake=True`` accepts TCP connections and never answers the upgrade request (a server
that hangs during the handshake).
"""

from __future__ import annotations

import json
import socket
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple, Union
from urllib.parse import parse_qsl, urlsplit

from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response
from websockets.sync.server import Server, ServerConnection, serve

__all__ = ["WSServer", "Peer", "Handshake", "Reject", "event"]


@dataclass
class Handshake:
    path: str
    query: Dict[str, str]
    headers: Dict[str, str]


@dataclass
class Record:
    handshake: Handshake
    received: List[Union[str, bytes]] = field(default_factory=list)
    closed: threading.Event = field(default_factory=threading.Event)


def event(type_: str, **fields: Any) -> str:
    """A server event as JSON text."""
    return json.dumps({"type": type_, "event_id": fields.pop("event_id", "evt_1"), **fields})


class Peer:
    """The server's side of one connection, as a script sees it."""

    def __init__(self, ws: ServerConnection, record: Record) -> None:
        self.ws = ws
        self.record = record

    def send(self, *messages: Union[str, bytes]) -> None:
        for message in messages:
            self.ws.send(message)

    def receive(self, count: int = 1, timeout: float = 5.0) -> List[Union[str, bytes]]:
        """The next ``count`` messages from the client (also recorded)."""
        got: List[Union[str, bytes]] = []
        for _ in range(count):
            message = self.ws.recv(timeout=timeout)
            self.record.received.append(message)
            got.append(message)
        return got

    def close(self, code: int = 1000, reason: str = "") -> None:
        self.ws.close(code=code, reason=reason)

    def close_without_code(self) -> None:
        """A close frame with no status code (the client sees 1005)."""
        self.ws.socket.sendall(b"\x88\x00")
        time.sleep(0.05)
        self.ws.socket.close()

    def drop(self) -> None:
        """End the TCP connection with no close frame (the client sees 1006)."""
        sock = self.ws.socket
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        sock.shutdown(socket.SHUT_RDWR)
        sock.close()

    def send_raw_frame(self, data: bytes) -> None:
        """Bytes written to the socket as they are (e.g. half a frame before a drop)."""
        self.ws.socket.sendall(data)

    def echo_until_closed(self) -> None:
        """Record every message until the client closes."""
        try:
            for message in self.ws:
                self.record.received.append(message)
        except ConnectionClosed:
            pass

    def stall(self, seconds: float = 30.0) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and not self.record.closed.is_set():
            time.sleep(0.02)


@dataclass
class Reject:
    """Answer the upgrade request with this HTTP status instead of accepting it."""

    status: int = 503
    body: str = "unavailable"


Script = Union[Callable[[Peer], None], Reject]


def sends_then_closes(*ids: str, code: int = 1000) -> Callable[[Peer], None]:
    """A script: send ``input_audio_buffer.cleared`` events with these ids, then end with
    ``code`` (1006: drop the TCP connection; 1005: a close frame without a code)."""

    def script(peer: Peer) -> None:
        peer.send(*[event("input_audio_buffer.cleared", event_id=i) for i in ids])
        time.sleep(0.05)
        if code == 1006:
            peer.drop()
        elif code == 1005:
            peer.close_without_code()
        else:
            peer.close(code)

    return script


class WSServer:
    def __init__(self, scripts: Sequence[Script] = (), *, stall_handshake: bool = False) -> None:
        self.scripts = list(scripts) or [Peer.echo_until_closed]
        self.records: List[Record] = []
        self._lock = threading.Lock()
        self._stall_handshake = stall_handshake
        self._server: Optional[Server] = None
        self._raw: Optional[socket.socket] = None
        self._held: List[socket.socket] = []
        self._stopping = threading.Event()
        self._scripts_of: Dict[int, Tuple[Record, Script]] = {}

    # -- lifecycle -------------------------------------------------------------------------
    def start(self) -> "WSServer":
        if self._stall_handshake:
            self._raw = socket.create_server(("127.0.0.1", 0))
            threading.Thread(target=self._accept_and_hold, daemon=True).start()
            self.port = self._raw.getsockname()[1]
        else:
            self._server = serve(self._handle, "127.0.0.1", 0, max_size=None, process_request=self._process_request)
            threading.Thread(target=self._server.serve_forever, daemon=True).start()
            self.port = self._server.socket.getsockname()[1]
        return self

    def stop(self) -> None:
        self._stopping.set()
        for record in self.records:
            record.closed.set()
        if self._server is not None:
            self._server.shutdown()
        if self._raw is not None:
            self._raw.close()
        for sock in self._held:
            sock.close()

    def __enter__(self) -> "WSServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    @property
    def ws_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/v1"

    # -- what happened ---------------------------------------------------------------------
    @property
    def handshakes(self) -> List[Handshake]:
        return [record.handshake for record in self.records]

    def received(self, connection: int = 0) -> List[Any]:
        """The messages of one connection, JSON decoded when they are JSON."""
        out: List[Any] = []
        for message in self.records[connection].received:
            try:
                out.append(json.loads(message))
            except ValueError:
                out.append(message)
        return out

    def wait_for(self, predicate: Callable[[], bool], timeout: float = 5.0) -> None:
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise AssertionError("the server did not see what the test waited for")
            time.sleep(0.01)

    # -- serving ---------------------------------------------------------------------------
    def _process_request(self, ws: ServerConnection, request: Request) -> Optional[Response]:
        parts = urlsplit(request.path)
        record = Record(
            Handshake(
                path=parts.path,
                query=dict(parse_qsl(parts.query)),
                headers={name.lower(): value for name, value in request.headers.raw_items()},
            )
        )
        with self._lock:
            index = len(self.records)
            self.records.append(record)
        script = self.scripts[min(index, len(self.scripts) - 1)]
        self._scripts_of[id(ws)] = (record, script)
        if isinstance(script, Reject):
            record.closed.set()
            return ws.respond(script.status, script.body)
        return None

    def _handle(self, ws: ServerConnection) -> None:
        record, script = self._scripts_of.pop(id(ws))
        assert not isinstance(script, Reject)
        try:
            script(Peer(ws, record))
        except (ConnectionClosed, OSError, TimeoutError):
            pass
        finally:
            record.closed.set()

    def _accept_and_hold(self) -> None:
        assert self._raw is not None
        while not self._stopping.is_set():
            try:
                sock, _ = self._raw.accept()
            except OSError:
                return
            self._held.append(sock)
