"""A tiny keep-alive HTTP/1.1 server on 127.0.0.1 that answers with canned bodies.

It runs in its own process (``python -m benchmarks.server``) so that its CPU time is never
counted as the client's. asyncio protocols, no framework: every response is prebuilt bytes,
so the server stays far faster than any client under test, also with 50 concurrent
connections.

Routes (anything else: 404):
  POST /v1/chat/completions   ``"stream": true`` in the body -> SSE, one event per HTTP chunk
                              otherwise                     -> a small ``chat.completion``
  POST /v1/embeddings         one 1536-float embedding
  GET  /health                ``ok``
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Iterator, List, Optional, Tuple

from .payloads import chat_completion_body, chat_stream_events, embedding_body

__all__ = ["running_server"]

_MAX_HEAD = 64 * 1024


def _response(body: bytes, content_type: str = "application/json", status: str = "200 OK") -> bytes:
    head = (
        f"HTTP/1.1 {status}\r\n"
        f"content-type: {content_type}\r\n"
        f"content-length: {len(body)}\r\n"
        "x-request-id: req_benchmark\r\n"
        "connection: keep-alive\r\n\r\n"
    )
    return head.encode() + body


def _chunked_response(events: List[bytes]) -> bytes:
    """Transfer-Encoding: chunked with one SSE event per chunk, as the real API streams."""
    parts = [
        b"HTTP/1.1 200 OK\r\n"
        b"content-type: text/event-stream; charset=utf-8\r\n"
        b"transfer-encoding: chunked\r\n"
        b"x-request-id: req_benchmark\r\n"
        b"connection: keep-alive\r\n\r\n"
    ]
    for event in events:
        parts.append(b"%x\r\n%s\r\n" % (len(event), event))
    parts.append(b"0\r\n\r\n")
    return b"".join(parts)


class _Responses:
    def __init__(self, stream_chunks: int) -> None:
        self.chat = _response(chat_completion_body())
        self.stream = _chunked_response(chat_stream_events(stream_chunks))
        self.embeddings = _response(embedding_body())
        self.health = _response(b"ok", "text/plain")
        self.not_found = _response(
            b'{"error":{"message":"not found","type":"invalid_request_error"}}', status="404 Not Found"
        )

    def pick(self, method: str, path: str, body: bytes) -> bytes:
        path = path.split("?", 1)[0]
        if method == "POST" and path == "/v1/chat/completions":
            return self.stream if _wants_stream(body) else self.chat
        if method == "POST" and path == "/v1/embeddings":
            return self.embeddings
        if path == "/health":
            return self.health
        return self.not_found


def _wants_stream(body: bytes) -> bool:
    if b'"stream"' not in body:
        return False
    try:
        return json.loads(body).get("stream") is True
    except ValueError:
        return False


def _parse_head(head: bytes) -> Tuple[str, str, int, bool]:
    """``(method, path, content_length, close)`` of a request head."""
    lines = head.decode("latin-1").split("\r\n")
    method, path, _version = lines[0].split(" ", 2)
    length, close = 0, False
    for line in lines[1:]:
        name, _, value = line.partition(":")
        name = name.strip().lower()
        if name == "content-length":
            length = int(value.strip())
        elif name == "connection" and value.strip().lower() == "close":
            close = True
    return method, path, length, close


class _HTTPProtocol(asyncio.Protocol):
    def __init__(self, responses: _Responses) -> None:
        self._responses = responses
        self._buffer = bytearray()
        self._transport: Optional[asyncio.Transport] = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        while self._transport is not None:
            end = self._buffer.find(b"\r\n\r\n")
            if end < 0:
                if len(self._buffer) > _MAX_HEAD:
                    self._transport.close()
                return
            method, path, length, close = _parse_head(bytes(self._buffer[:end]))
            total = end + 4 + length
            if len(self._buffer) < total:
                return
            body = bytes(self._buffer[end + 4 : total])
            del self._buffer[:total]
            self._transport.write(self._responses.pick(method, path, body))
            if close:
                self._transport.close()
                return

    def connection_lost(self, exc: Optional[Exception]) -> None:
        self._transport = None


async def _serve(stream_chunks: int) -> None:
    responses = _Responses(stream_chunks)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: _HTTPProtocol(responses), "127.0.0.1", 0, backlog=1024)
    port = server.sockets[0].getsockname()[1]
    print(f"PORT {port}", flush=True)
    # Stop when the parent goes away (stdin closes), even if it could not terminate us.
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    await reader.read()
    server.close()


@contextlib.contextmanager
def running_server(stream_chunks: int) -> Iterator[str]:
    """Start the server in a child process; yields its base URL (``http://127.0.0.1:PORT``)."""
    root = Path(__file__).resolve().parent.parent
    proc = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.server", "--stream-chunks", str(stream_chunks)],
        cwd=root,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().decode().strip()
        if not line.startswith("PORT "):
            raise RuntimeError(f"benchmark server failed to start (said {line!r})")
        yield f"http://127.0.0.1:{int(line.split()[1])}"
    finally:
        if proc.stdin is not None:
            proc.stdin.close()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.terminate()
            proc.wait(timeout=5)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stream-chunks", type=int, default=20_000)
    args = parser.parse_args()
    asyncio.run(_serve(args.stream_chunks))


if __name__ == "__main__":
    main()
