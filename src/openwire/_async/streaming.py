# unasync: source of _sync/streaming.py
"""Iterating a Server-Sent Events response as typed items.

One source for sync and async: ``scripts/unasync.py`` writes the sync twin.
"""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING, Any, AsyncIterator, Generic, Optional, Type, TypeVar

import httpx

from .._exceptions import APIConnectionError, APIError, APITimeoutError
from .._sse import ServerSentEvent, SSEDecoder, stream_error

if TYPE_CHECKING:
    from .._base_client import BaseClient

__all__ = ["AsyncStream"]

_T = TypeVar("_T")

# After ``[DONE]`` we read on (at most this much) to the end of the body, so that the
# connection goes back to the pool instead of being dropped.
_DRAIN_LIMIT = 64 * 1024


class AsyncStream(Generic[_T]):
    """The typed items of a streamed response; always releases the connection when done."""

    response: httpx.Response

    def __init__(self, *, cast_to: Type[_T], response: httpx.Response, client: "BaseClient[Any]") -> None:
        self.response = response
        self._cast_to = cast_to
        self._client = client
        from .._models import json_parser  # pydantic is loaded by now: a response has arrived

        self._parse = json_parser(cast_to, strict=client._strict_response_validation)
        self._iterator = self.__stream__()

    async def __anext__(self) -> _T:
        return await self._iterator.__anext__()

    async def __aiter__(self) -> AsyncIterator[_T]:
        try:
            async for item in self._iterator:
                yield item
        finally:
            # Also on ``break``: the loop that stopped early gives the connection back.
            await self.aclose()

    def _parse_event(self, event: ServerSentEvent) -> _T:
        error = stream_error(event)
        if error is not None:
            raise APIError(error[0], self.response.request, body=error[1])
        item: _T = self._parse(event.data)
        return item

    async def __stream__(self) -> AsyncIterator[_T]:
        decoder = SSEDecoder()
        chunks = self.response.aiter_bytes()
        try:
            async for chunk in chunks:
                for event in decoder.feed(chunk):
                    if event.data.startswith("[DONE]"):
                        await self._drain(chunks)
                        return
                    if event.data:  # an empty ``data:`` is a keep-alive, not an item
                        yield self._parse_event(event)
            for event in decoder.flush():
                if event.data.startswith("[DONE]"):
                    return
                if event.data:
                    yield self._parse_event(event)
        except httpx.TimeoutException as err:
            raise APITimeoutError(self.response.request) from err
        except httpx.TransportError as err:
            raise APIConnectionError(
                message=f"Connection error while streaming: {err}", request=self.response.request
            ) from err
        finally:
            await self.response.aclose()

    async def _drain(self, chunks: AsyncIterator[bytes]) -> None:
        remaining = _DRAIN_LIMIT
        async for chunk in chunks:
            remaining -= len(chunk)
            if remaining < 0:
                return

    async def __aenter__(self) -> "AsyncStream[_T]":
        return self

    async def __aexit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Stop reading and release the connection."""
        await self.response.aclose()

    # unasync: async-only begin
    async def close(self) -> None:
        """Alias of :meth:`aclose`, as in the reference SDK."""
        await self.aclose()

    # unasync: async-only end
