"""In-process httpx transports over :class:`LocalAPI`: no socket, same wire format."""

from __future__ import annotations

from typing import AsyncIterator, Iterator, Optional

import httpx

from ._app import LocalAPI, LocalResponse

__all__ = ["LocalTransport", "AsyncLocalTransport"]


def _to_httpx(result: LocalResponse, request: httpx.Request) -> httpx.Response:
    body = result.body
    if isinstance(body, bytes):
        return httpx.Response(result.status, headers=result.headers, content=body, request=request)
    return httpx.Response(result.status, headers=result.headers, stream=_Chunks(body), request=request)


class _Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        yield from self._chunks

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self._chunks:
            yield chunk


class LocalTransport(httpx.BaseTransport):
    def __init__(self, app: Optional[LocalAPI] = None) -> None:
        self.app = app or LocalAPI()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return _to_httpx(self.app.handle(request.method, request.url.path, request.read()), request)


class AsyncLocalTransport(httpx.AsyncBaseTransport):
    def __init__(self, app: Optional[LocalAPI] = None) -> None:
        self.app = app or LocalAPI()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return _to_httpx(self.app.handle(request.method, request.url.path, await request.aread()), request)
