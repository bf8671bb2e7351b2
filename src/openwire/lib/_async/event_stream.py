# unasync: source of lib/_sync/event_stream.py
"""What the helper streams share: iteration, ``until_done``, the context manager and closing.

A subclass sets ``_raw_stream`` and yields its typed events from ``__stream__``.
"""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING, Any, AsyncIterator, Generic, Optional, TypeVar

from typing_extensions import Self

if TYPE_CHECKING:
    from ..._async.streaming import AsyncStream

__all__ = ["AsyncEventStream"]

_EventT = TypeVar("_EventT")


class AsyncEventStream(Generic[_EventT]):
    _raw_stream: AsyncStream[Any]

    def __init__(self, raw_stream: AsyncStream[Any]) -> None:
        self._raw_stream = raw_stream
        self._iterator = self.__stream__()

    def __stream__(self) -> AsyncIterator[_EventT]:
        raise NotImplementedError

    @property
    def response(self) -> Any:
        """The ``httpx.Response`` the events are read from."""
        return self._raw_stream.response

    async def __anext__(self) -> _EventT:
        return await self._iterator.__anext__()

    async def __aiter__(self) -> AsyncIterator[_EventT]:
        async for event in self._iterator:
            yield event

    async def until_done(self) -> Self:
        """Read the stream to its end."""
        async for _ in self._iterator:
            pass
        return self

    async def __aenter__(self) -> Self:
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
        await self._raw_stream.aclose()

    # unasync: async-only begin
    async def close(self) -> None:
        """Alias of :meth:`aclose`, as in the reference SDK."""
        await self.aclose()

    # unasync: async-only end
