# unasync: source of lib/_sync/chat_stream.py
"""``AsyncChatCompletionStream`` and its context manager: the I/O shell around
``ChatCompletionStreamState`` (which does all the work and no I/O)."""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING, Any, AsyncIterator, Generic, Optional

from ..._exceptions import APIError, ContentFilterFinishReasonError, LengthFinishReasonError
from ..streaming._typing import ResponseFormatT
from .event_stream import AsyncEventStream

if TYPE_CHECKING:
    from ..._async.streaming import AsyncStream
    from ...types.chat.chat_completion_chunk import ChatCompletionChunk
    from ...types.chat.parsed_chat_completion import ParsedChatCompletion
    from .._parsing._negotiate import Negotiation
    from ..streaming._typing import AsyncStreamRequest
    from ..streaming.chat._events import ChatCompletionStreamEvent
    from ..streaming.chat._types import ParsedChatCompletionSnapshot

__all__ = ["AsyncChatCompletionStream", "AsyncChatCompletionStreamManager"]


class AsyncChatCompletionStream(
    AsyncEventStream["ChatCompletionStreamEvent[ResponseFormatT]"], Generic[ResponseFormatT]
):
    """The typed events of a streamed chat completion, and the completion they add up to.

    ``async for event in stream`` yields ``chunk``, ``content.delta``, ``content.done``, ...
    events; ``get_final_completion()`` reads to the end and returns the parsed completion.
    """

    def __init__(
        self,
        *,
        raw_stream: AsyncStream[ChatCompletionChunk],
        response_format: Any,
        input_tools: Any,
    ) -> None:
        from ..streaming.chat._state import ChatCompletionStreamState

        self._state: ChatCompletionStreamState[ResponseFormatT] = ChatCompletionStreamState(
            response_format=response_format, input_tools=input_tools
        )
        super().__init__(raw_stream)

    @property
    def current_completion_snapshot(self) -> ParsedChatCompletionSnapshot:
        """Everything received so far, as one completion (the same object all along)."""
        return self._state.current_completion_snapshot

    async def __stream__(self) -> AsyncIterator[ChatCompletionStreamEvent[ResponseFormatT]]:
        async for chunk in self._raw_stream:
            try:
                events = self._state.handle_chunk(chunk)
            except (LengthFinishReasonError, ContentFilterFinishReasonError) as error:
                # The answer was cut or filtered: read on for the usage (it comes last), so
                # the error carries it along with the completion so far.
                try:
                    async for rest in self._raw_stream:
                        self._state.absorb_usage(rest)
                except APIError:
                    raise error from None  # the stream broke off: the usage is not known
                raise type(error)(completion=self._state.current_completion_snapshot) from None
            for event in events:
                yield event

    async def get_final_completion(self) -> ParsedChatCompletion[ResponseFormatT]:
        """Read to the end; the completion with ``parsed`` content and tool arguments."""
        await self.until_done()
        return self._state.get_final_completion()


class AsyncChatCompletionStreamManager(Generic[ResponseFormatT]):
    """``async with client.chat.completions.stream(...) as stream``: sends the request on
    entry, releases the connection on exit."""

    def __init__(
        self,
        api_request: AsyncStreamRequest[ChatCompletionChunk],
        *,
        response_format: Any,
        input_tools: Any,
    ) -> None:
        self._api_request = api_request
        self._response_format = response_format
        self._input_tools = input_tools
        # Set by ``chat.completions.stream`` on a preset client (``lib/_parsing/_negotiate.py``): the
        # stream then parses the answer as ``parse()`` does. Not a parameter: the signature is the reference's.
        self._negotiation: Optional[Negotiation] = None
        self._stream: Optional[AsyncChatCompletionStream[ResponseFormatT]] = None

    async def __aenter__(self) -> AsyncChatCompletionStream[ResponseFormatT]:
        raw_stream = await self._api_request
        self._stream = AsyncChatCompletionStream(
            raw_stream=raw_stream, response_format=self._response_format, input_tools=self._input_tools
        )
        self._stream._state._negotiation = self._negotiation
        return self._stream

    async def __aexit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        if self._stream is not None:
            await self._stream.aclose()
