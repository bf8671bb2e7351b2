# unasync: source of lib/_sync/assistant_stream.py
"""Assistants run streaming: the event handler a run's events are fed to, and the manager
that opens the stream (``async with client.beta.threads.runs.stream(...) as handler``).

The snapshots and the order of the callbacks are ``streaming/_assistant_state.py``'s; this
module reads the stream and calls the handler's ``on_*`` methods. Subclass the handler and
override the callbacks you need; every one does nothing by default.
"""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING, AsyncIterator, Generic, List, Optional, Type

import httpx
from typing_extensions import TypeVar

from ..._exceptions import APIError, APITimeoutError
from ..streaming._assistant_state import AssistantStreamState

if TYPE_CHECKING:
    from ..._async.streaming import AsyncStream
    from ...types.beta.assistant_stream_event import AssistantStreamEvent
    from ...types.beta.threads.image_file import ImageFile
    from ...types.beta.threads.message import Message
    from ...types.beta.threads.message_delta import MessageDelta
    from ...types.beta.threads.run import Run
    from ...types.beta.threads.runs.run_step import RunStep
    from ...types.beta.threads.runs.run_step_delta import RunStepDelta
    from ...types.beta.threads.runs.tool_call import ToolCall
    from ...types.beta.threads.runs.tool_call_delta import ToolCallDelta
    from ...types.beta.threads.text import Text
    from ...types.beta.threads.text_delta import TextDelta
    from ..streaming._typing import AsyncStreamRequest

__all__ = ["AsyncAssistantEventHandler", "AsyncAssistantEventHandlerT", "AsyncAssistantStreamManager"]


class AsyncAssistantEventHandler:
    """Receives the events of one run stream: override the ``on_*`` callbacks, then iterate
    the handler (its events), read ``text_deltas``, or call ``until_done()``."""

    def __init__(self) -> None:
        self._state = AssistantStreamState()
        self._stream: Optional[AsyncStream[AssistantStreamEvent]] = None
        self._events: Optional[AsyncIterator[AssistantStreamEvent]] = None

    def _init(self, stream: AsyncStream[AssistantStreamEvent]) -> None:
        """Attach the stream to read (once: a handler serves a single stream)."""
        self._ensure_unused()
        self._stream = stream
        self._events = self._read()

    def _ensure_unused(self) -> None:
        if self._stream is not None:
            raise RuntimeError(
                f"This {type(self).__name__} already handles a stream: create a new handler for each "
                "stream (pass event_handler=MyHandler(), not a handler used before)."
            )

    # -- reading the stream --------------------------------------------------------------

    async def __anext__(self) -> AssistantStreamEvent:
        return await self._iterator().__anext__()

    async def __aiter__(self) -> AsyncIterator[AssistantStreamEvent]:
        async for event in self._iterator():
            yield event

    def _iterator(self) -> AsyncIterator[AssistantStreamEvent]:
        if self._events is None:
            raise RuntimeError(
                f"This {type(self).__name__} has no stream yet: use it as the event_handler of "
                "runs.stream(...), submit_tool_outputs_stream(...) or create_and_run_stream(...)."
            )
        return self._events

    async def _read(self) -> AsyncIterator[AssistantStreamEvent]:
        stream = self._stream
        assert stream is not None
        try:
            async for event in stream:
                for name, arguments in self._state.handle(event):
                    await getattr(self, name)(*arguments)
                if event.event == "error":  # the run stopped on the server's side
                    message = event.data.message or "The run's event stream reported an error."
                    raise APIError(message, stream.response.request, body=event.data.model_dump())
                yield event
        except (httpx.TimeoutException, APITimeoutError) as error:
            await self.on_timeout()
            await self.on_exception(error)
            raise
        except Exception as error:
            await self.on_exception(error)
            raise
        finally:
            await stream.aclose()
        self._state.end()
        await self.on_end()

    @property
    async def text_deltas(self) -> AsyncIterator[str]:
        """The text of the run's messages as it arrives (reads the stream)."""
        async for event in self._iterator():
            if event.event == "thread.message.delta":
                for part in event.data.delta.content or ():
                    if part.type == "text" and part.text is not None and part.text.value:
                        yield part.text.value

    async def until_done(self) -> None:
        """Read the stream to its end (the callbacks fire on the way)."""
        async for _ in self._iterator():
            pass

    async def close(self) -> None:
        """Stop reading and release the connection."""
        if self._stream is not None:
            await self._stream.aclose()

    # -- results -------------------------------------------------------------------------

    @property
    def current_event(self) -> Optional[AssistantStreamEvent]:
        return self._state.current_event

    @property
    def current_run(self) -> Optional[Run]:
        return self._state.current_run

    @property
    def current_message_snapshot(self) -> Optional[Message]:
        return self._state.current_message

    @property
    def current_run_step_snapshot(self) -> Optional[RunStep]:
        return self._state.current_run_step

    async def get_final_run(self) -> Run:
        """The run as the stream left it (reads the stream to its end first)."""
        await self.until_done()
        if self._state.current_run is None:
            raise RuntimeError("The stream ended without a run event: there is no final run.")
        return self._state.current_run

    async def get_final_run_steps(self) -> List[RunStep]:
        """The run steps of the stream, as they ended (reads the stream to its end first)."""
        await self.until_done()
        if not self._state.run_steps:
            raise RuntimeError("The stream ended without a run step event: there are no run steps.")
        return list(self._state.run_steps.values())

    async def get_final_messages(self) -> List[Message]:
        """The messages of the stream, as they ended (reads the stream to its end first)."""
        await self.until_done()
        if not self._state.messages:
            raise RuntimeError("The stream ended without a message event: there are no messages.")
        return list(self._state.messages.values())

    # -- callbacks: override the ones you need -------------------------------------------

    async def on_event(self, event: AssistantStreamEvent) -> None:
        """Every event, before the more specific callbacks."""

    async def on_run_step_created(self, run_step: RunStep) -> None:
        """A run step starts."""

    async def on_run_step_delta(self, delta: RunStepDelta, snapshot: RunStep) -> None:
        """A piece of a run step (its tool calls); ``snapshot`` is the step so far."""

    async def on_run_step_done(self, run_step: RunStep) -> None:
        """A run step completed, failed, was cancelled or expired."""

    async def on_tool_call_created(self, tool_call: ToolCall) -> None:
        """A tool call starts (``tool_call`` holds its first piece)."""

    async def on_tool_call_delta(self, delta: ToolCallDelta, snapshot: ToolCall) -> None:
        """A further piece of a tool call; ``snapshot`` is the call so far."""

    async def on_tool_call_done(self, tool_call: ToolCall) -> None:
        """A tool call is complete."""

    async def on_message_created(self, message: Message) -> None:
        """A message starts."""

    async def on_message_delta(self, delta: MessageDelta, snapshot: Message) -> None:
        """A piece of a message; ``snapshot`` is the message so far."""

    async def on_message_done(self, message: Message) -> None:
        """A message completed (or ended incomplete)."""

    async def on_text_created(self, text: Text) -> None:
        """A text part of a message starts."""

    async def on_text_delta(self, delta: TextDelta, snapshot: Text) -> None:
        """A piece of text; ``snapshot`` is the text part so far."""

    async def on_text_done(self, text: Text) -> None:
        """A text part is complete."""

    async def on_image_file_done(self, image_file: ImageFile) -> None:
        """An image file part of a message is complete."""

    async def on_end(self) -> None:
        """The stream ended normally (not called after an exception)."""

    async def on_exception(self, exception: Exception) -> None:
        """Reading the stream or a callback raised ``exception`` (it is raised again afterwards)."""

    async def on_timeout(self) -> None:
        """Reading the stream timed out (``on_exception`` follows)."""


AsyncAssistantEventHandlerT = TypeVar("AsyncAssistantEventHandlerT", bound=AsyncAssistantEventHandler)


class AsyncAssistantStreamManager(Generic[AsyncAssistantEventHandlerT]):
    """``async with ... as handler``: sends the request on entry, attaches the response's events
    to the handler, and releases the connection on exit."""

    def __init__(
        self,
        api_request: AsyncStreamRequest[AssistantStreamEvent],
        *,
        event_handler: AsyncAssistantEventHandlerT,
    ) -> None:
        event_handler._ensure_unused()  # before anything is sent
        self._api_request = api_request
        self._event_handler = event_handler
        self._stream: Optional[AsyncStream[AssistantStreamEvent]] = None

    async def __aenter__(self) -> AsyncAssistantEventHandlerT:
        self._event_handler._ensure_unused()
        self._stream = await self._api_request
        self._event_handler._init(self._stream)
        return self._event_handler

    async def __aexit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        if self._stream is not None:
            await self._stream.aclose()
