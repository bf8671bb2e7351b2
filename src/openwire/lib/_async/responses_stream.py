# unasync: source of lib/_sync/responses_stream.py
"""``AsyncResponseStream`` and its context manager: the I/O shell around
``ResponseStreamState`` (which does all the work and no I/O)."""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING, Any, AsyncIterator, Generic, Optional

from ..streaming._typing import TextFormatT
from .event_stream import AsyncEventStream

if TYPE_CHECKING:
    from ..._async.streaming import AsyncStream
    from ...types.responses.parsed_response import ParsedResponse
    from ..streaming._typing import AsyncStreamRequest
    from ..streaming.responses._events import ResponseStreamEvent
    from ..streaming.responses._types import ParsedResponseSnapshot

__all__ = ["AsyncResponseStream", "AsyncResponseStreamManager"]


class AsyncResponseStream(AsyncEventStream["ResponseStreamEvent[TextFormatT]"], Generic[TextFormatT]):
    """The events of a streamed response, and the response they add up to.

    ``async for event in stream`` yields the API's events (with ``snapshot`` on text and
    argument deltas, ``parsed`` on ``response.output_text.done``); ``get_final_response()``
    reads to the end and returns the parsed response of ``response.completed``. When
    resuming with ``starting_after``, the events up to that sequence number are read (to
    rebuild the response) but not yielded again.
    """

    def __init__(
        self,
        *,
        raw_stream: AsyncStream[Any],
        text_format: Any,
        input_tools: Any,
        starting_after: Optional[int],
    ) -> None:
        from ..streaming.responses._state import ResponseStreamState

        self._starting_after = starting_after
        self._state: ResponseStreamState[TextFormatT] = ResponseStreamState(
            text_format=text_format, input_tools=input_tools
        )
        super().__init__(raw_stream)

    @property
    def current_response_snapshot(self) -> ParsedResponseSnapshot:
        """The response so far, grown by every event (the same object all along)."""
        return self._state.current_response_snapshot

    async def __stream__(self) -> AsyncIterator[ResponseStreamEvent[TextFormatT]]:
        starting_after = self._starting_after
        async for raw_event in self._raw_stream:
            events = self._state.handle_event(raw_event)
            number = getattr(raw_event, "sequence_number", None)
            if starting_after is not None and isinstance(number, int) and number <= starting_after:
                continue  # already seen before resuming: only rebuilds the response
            for event in events:
                yield event

    async def get_final_response(self) -> ParsedResponse[TextFormatT]:
        """Read to the end; the response of ``response.completed``, with ``parsed`` text and
        ``parsed_arguments`` (``RuntimeError`` when the stream ended without one)."""
        await self.until_done()
        return self._state.final_response


class AsyncResponseStreamManager(Generic[TextFormatT]):
    """``async with client.responses.stream(...) as stream``: sends the request on entry,
    releases the connection on exit."""

    def __init__(
        self,
        api_request: AsyncStreamRequest[Any],
        *,
        text_format: Any,
        input_tools: Any,
        starting_after: Optional[int],
    ) -> None:
        self._api_request = api_request
        self._text_format = text_format
        self._input_tools = input_tools
        self._starting_after = starting_after
        self._stream: Optional[AsyncResponseStream[TextFormatT]] = None

    async def __aenter__(self) -> AsyncResponseStream[TextFormatT]:
        raw_stream = await self._api_request
        self._stream = AsyncResponseStream(
            raw_stream=raw_stream,
            text_format=self._text_format,
            input_tools=self._input_tools,
            starting_after=self._starting_after,
        )
        return self._stream

    async def __aexit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        if self._stream is not None:
            await self._stream.aclose()
