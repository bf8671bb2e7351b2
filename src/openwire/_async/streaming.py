# unasync: source of _sync/streaming.py
"""Iterating a Server-Sent Events response as typed items.

One source for sync and async: ``scripts/unasync.py`` writes the sync twin.
"""

from __future__ import annotations

import json
from types import TracebackType
from typing import TYPE_CHECKING, Any, AsyncIterator, Generic, Optional, Type, TypeVar

import httpx

from .._exceptions import (
    APIError,
    IncompleteStreamError,
    InvalidStreamEventError,
    not_an_event_stream_error,
    stream_transport_error,
    transport_errors,
)
from .._io import adrain_tail
from .._sse import (
    AssistantRunEnd,
    ServerSentEvent,
    SSEDecoder,
    end_rule_for,
    item_json,
    starts_a_document,
    stream_error,
)

if TYPE_CHECKING:
    from .._base_client import BaseClient
    from .._options import FinalRequestOptions

__all__ = ["AsyncStream"]

_T = TypeVar("_T")

# After the stream's end (``[DONE]``, a terminal event) we read on to the end of the body, so
# that the connection goes back to the pool, but only what comes at once: at most this much,
# for at most this long. A server that keeps the body open costs its connection, not a wait.
_DRAIN_LIMIT = 64 * 1024
_DRAIN_SECONDS = 0.025
# A body that is a document (an error page) instead of events is read up to this size for its message.
_DOCUMENT_LIMIT = 64 * 1024


class AsyncStream(Generic[_T]):
    """The typed items of a streamed response; always releases the connection when done."""

    response: httpx.Response

    def __init__(
        self,
        *,
        cast_to: Type[_T],
        response: httpx.Response,
        client: "BaseClient[Any]",
        options: Optional["FinalRequestOptions"] = None,
    ) -> None:
        self.response = response
        self._cast_to = cast_to
        self._client = client
        self._options = options  # the reference's signature (libraries build streams themselves)
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

    def _parse_event(self, event: ServerSentEvent, index: int, named_errors: bool = False) -> _T:
        error = stream_error(event)
        if error is not None:
            raise APIError(error[0], self.response.request, body=error[1])
        try:
            item: _T = self._parse(item_json(event, named_errors=named_errors))
        except ValueError:
            try:
                json.loads(event.data)
            except ValueError:
                raise InvalidStreamEventError(
                    response=self.response, event=event.event, index=index, data=event.data
                ) from None
            raise  # JSON, refused by strict validation: that error says more
        return item

    async def __stream__(self) -> AsyncIterator[_T]:
        response = self.response
        decoder = SSEDecoder()
        end = end_rule_for(self._cast_to)
        named_errors = isinstance(end, AssistantRunEnd)  # its ``event: error`` is a typed item
        chunks = response.aiter_bytes()
        index = 0
        checked = False  # whether the body was seen to be events, not a document
        try:
            async for chunk in chunks:
                if not checked:
                    document = starts_a_document(chunk)
                    if document:
                        raise not_an_event_stream_error(response, await self._read_document(chunk, chunks))
                    checked = document is not None
                for event in decoder.feed(chunk):
                    if event.data.startswith("[DONE]"):
                        await adrain_tail(response, chunks, _DRAIN_SECONDS, _DRAIN_LIMIT)
                        return
                    if not event.data:
                        continue  # an empty ``data:`` is a keep-alive, not an item
                    item = self._parse_event(event, index, named_errors)
                    index += 1
                    last = end.see(item)
                    yield item
                    if last:
                        await adrain_tail(response, chunks, _DRAIN_SECONDS, _DRAIN_LIMIT)
                        return
        except transport_errors() as err:
            raise stream_transport_error(err, response.request) from err
        finally:
            await response.aclose()
        if decoder.end():
            raise IncompleteStreamError(
                f"The stream ended in the middle of an event, after {index} complete events: "
                "the rest is missing (the connection was closed early).",
                request=response.request,
            )
        if not end.complete():
            raise IncompleteStreamError(
                f"The stream ended after {index} events without its end marker ([DONE], a "
                "finish_reason or a terminal event): the answer may be cut short.",
                request=response.request,
            )

    async def _read_document(self, start: bytes, chunks: AsyncIterator[bytes]) -> bytes:
        content = [start]
        size = len(start)
        async for chunk in chunks:
            content.append(chunk)
            size += len(chunk)
            if size >= _DOCUMENT_LIMIT:
                break
        return b"".join(content)

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
