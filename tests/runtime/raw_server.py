"""A tiny scripted HTTP/1.1 server on a real socket, for faults the client must survive.

Each accepted connection reads one request, then plays the next queued script: bytes written as
they are, pauses, and an ending: ``"close"`` (FIN), ``"reset"`` (RST, through ``SO_LINGER`` 0),
``"hold"`` (keep the connection open, sending nothing, until the client goes away) or ``"keep"``
(read the next request on the same connection and play the next script there).
"""

from __future__ import annotations

import json
import select
import socket
import struct
import threading
import time
from collections import deque
from typing import Any, Deque, List, Optional, Sequence, Union

__all__ = ["RawServer", "Step", "head", "chunk", "END", "sse", "DONE", "chat_chunk", "response_event"]

Step = Union[bytes, float, str]

END = b"0\r\n\r\n"  # the last chunk of a chunked body
DONE = b"data: [DONE]\n\n"


def head(
    status: int = 200, *, content_type: str = "text/event-stream", chunked: bool = True, headers: Sequence[str] = ()
) -> bytes:
    """The status line and headers; without ``chunked`` the body runs until the connection closes."""
    lines = [f"HTTP/1.1 {status} X", f"content-type: {content_type}", *headers]
    lines.append("transfer-encoding: chunked" if chunked else "connection: close")
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def chunk(data: bytes) -> bytes:
    return b"%x\r\n%s\r\n" % (len(data), data)


def sse(payload: Any, *, event: Optional[str] = None) -> bytes:
    data = payload if isinstance(payload, str) else json.dumps(payload)
    prefix = f"event: {event}\n" if event else ""
    return f"{prefix}data: {data}\n\n".encode()


def chat_chunk(content: str, *, finish: Optional[str] = None, index: int = 0) -> dict[str, Any]:
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "m",
        "choices": [{"index": index, "delta": {"content": content}, "finish_reason": finish}],
    }


def response_event(kind: str, number: int, **fields: Any) -> dict[str, Any]:
    if kind in ("response.created", "response.completed", "response.failed", "response.incomplete"):
        fields.setdefault("response", {"id": "resp_1", "object": "response", "status": "completed", "output": []})
    return {"type": kind, "sequence_number": number, **fields}


class RawServer:
    """``with RawServer() as server``: ``server.url``, ``server.queue(script, ...)``,
    ``server.connections``, ``server.requests`` (the raw bytes of each request)."""

    def __init__(self) -> None:
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(16)
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}/v1"
        self._scripts: Deque[List[Step]] = deque()
        self._stopped = threading.Event()
        self.connections = 0
        self.requests: List[bytes] = []
        self._threads: List[threading.Thread] = []

    def queue(self, *scripts: Sequence[Step]) -> None:
        self._scripts.extend(list(script) for script in scripts)

    def __enter__(self) -> "RawServer":
        thread = threading.Thread(target=self._accept, daemon=True)
        thread.start()
        self._threads.append(thread)
        return self

    def __exit__(self, *exc: object) -> None:
        self._stopped.set()
        try:
            self._listener.shutdown(socket.SHUT_RDWR)  # wakes the thread blocked in accept()
        except OSError:
            pass
        self._listener.close()
        for thread in self._threads:
            thread.join(timeout=5)

    def _accept(self) -> None:
        while not self._stopped.is_set():
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            self.connections += 1
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            thread.start()
            self._threads.append(thread)

    def _serve(self, conn: socket.socket) -> None:
        try:
            while self._read_request(conn):
                script = self._scripts.popleft() if self._scripts else [head(404, chunked=False), "close"]
                if not self._play(conn, script):
                    return
        except OSError:
            pass
        finally:
            conn.close()

    def _read_request(self, conn: socket.socket) -> bool:
        data = b""
        while b"\r\n\r\n" not in data:
            piece = conn.recv(65536)
            if not piece:
                return False
            data += piece
        header, _, body = data.partition(b"\r\n\r\n")
        length = 0
        for line in header.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        while len(body) < length:
            piece = conn.recv(65536)
            if not piece:
                return False
            body += piece
        self.requests.append(header + b"\r\n\r\n" + body)
        return True

    def _play(self, conn: socket.socket, script: Sequence[Step]) -> bool:
        """Play ``script``; ``True`` when the connection stays for another request."""
        for step in script:
            if isinstance(step, bytes):
                conn.sendall(step)
            elif isinstance(step, float):
                time.sleep(step)
            elif step == "close":
                conn.shutdown(socket.SHUT_WR)
                return False
            elif step == "reset":
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                return False
            elif step == "hold":
                self._hold(conn)
                return False
            elif step == "keep":
                return True
        return True

    def _hold(self, conn: socket.socket) -> None:
        deadline = time.monotonic() + 30
        while not self._stopped.is_set() and time.monotonic() < deadline:
            readable, _, _ = select.select([conn], [], [], 0.05)
            if readable and not conn.recv(65536):
                return  # the client closed its end
