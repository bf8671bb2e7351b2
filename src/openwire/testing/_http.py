"""The local API over a real socket on 127.0.0.1 (stdlib server, one thread per connection)."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Optional

from ._app import LocalAPI

__all__ = ["LocalServer"]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: "_Server"

    def _handle(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length) if length else b""
        result = self.server.app.handle(self.command, self.path, body)
        self.send_response(result.status)
        for name, value in result.headers.items():
            self.send_header(name, value)
        if isinstance(result.body, bytes):
            self.send_header("content-length", str(len(result.body)))
            self.end_headers()
            self.wfile.write(result.body)
            return
        self.send_header("transfer-encoding", "chunked")
        self.end_headers()
        for chunk in result.body:
            self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            self.wfile.flush()
        self.wfile.write(b"0\r\n\r\n")

    do_GET = do_POST = do_DELETE = do_PUT = do_PATCH = _handle

    def log_message(self, format: str, *args: object) -> None:  # quiet by default
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    app: LocalAPI


class LocalServer:
    """``with LocalServer() as server: OpenAI(base_url=server.url, api_key="local")``."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, app: Optional[LocalAPI] = None) -> None:
        self._server = _Server((host, port), _Handler)
        self._server.app = app or LocalAPI()
        self._thread: Optional[threading.Thread] = None

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    def start(self) -> "LocalServer":
        self._thread = threading.Thread(target=self._server.serve_forever, name="openwire-local-server", daemon=True)
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        self._server.serve_forever()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> "LocalServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
