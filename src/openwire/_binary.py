"""Binary response content (``audio.speech.create``, ``files.content``).

One class serves the sync and async clients, as in the reference: the plain methods for sync
code, the ``a``-prefixed ones for async code.
"""

from __future__ import annotations

import os
from typing import Any, AsyncIterator, Iterator, Optional, Union

import httpx

__all__ = ["HttpxBinaryResponseContent"]

FilePath = Union[str, "os.PathLike[str]"]


class HttpxBinaryResponseContent:
    response: httpx.Response

    def __init__(self, response: httpx.Response) -> None:
        self.response = response

    @property
    def content(self) -> bytes:
        return self.response.content

    @property
    def text(self) -> str:
        return self.response.text

    @property
    def encoding(self) -> Optional[str]:
        return self.response.encoding

    @property
    def charset_encoding(self) -> Optional[str]:
        return self.response.charset_encoding

    def json(self, **kwargs: Any) -> Any:
        return self.response.json(**kwargs)

    def read(self) -> bytes:
        return self.response.read()

    def iter_bytes(self, chunk_size: Optional[int] = None) -> Iterator[bytes]:
        return self.response.iter_bytes(chunk_size)

    def iter_text(self, chunk_size: Optional[int] = None) -> Iterator[str]:
        return self.response.iter_text(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        return self.response.iter_lines()

    def iter_raw(self, chunk_size: Optional[int] = None) -> Iterator[bytes]:
        return self.response.iter_raw(chunk_size)

    def write_to_file(self, file: FilePath) -> None:
        """Write the whole body to ``file``."""
        with open(file, mode="wb") as handle:
            for data in self.response.iter_bytes():
                handle.write(data)

    def stream_to_file(self, file: FilePath, *, chunk_size: Optional[int] = None) -> None:
        """Write the body to ``file`` chunk by chunk."""
        with open(file, mode="wb") as handle:
            for data in self.response.iter_bytes(chunk_size):
                handle.write(data)

    def close(self) -> None:
        self.response.close()

    async def aread(self) -> bytes:
        return await self.response.aread()

    async def aiter_bytes(self, chunk_size: Optional[int] = None) -> AsyncIterator[bytes]:
        async for chunk in self.response.aiter_bytes(chunk_size):
            yield chunk

    async def aiter_text(self, chunk_size: Optional[int] = None) -> AsyncIterator[str]:
        async for chunk in self.response.aiter_text(chunk_size):
            yield chunk

    async def aiter_lines(self) -> AsyncIterator[str]:
        async for line in self.response.aiter_lines():
            yield line

    async def aiter_raw(self, chunk_size: Optional[int] = None) -> AsyncIterator[bytes]:
        async for chunk in self.response.aiter_raw(chunk_size):
            yield chunk

    async def astream_to_file(self, file: FilePath, *, chunk_size: Optional[int] = None) -> None:
        """Write the body to ``file`` chunk by chunk, without blocking the event loop on disk I/O."""
        import anyio

        path = anyio.Path(file)
        async with await path.open(mode="wb") as handle:
            async for data in self.response.aiter_bytes(chunk_size):
                await handle.write(data)

    async def aclose(self) -> None:
        await self.response.aclose()
