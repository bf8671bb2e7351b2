"""``ChatCompletionStreamState``: chunks in, typed events and one accumulated snapshot out.

No I/O: the sync and async streams both drive it, and it can be fed chunks from anywhere
(e.g. a stream you iterate yourself). Events follow the reference SDK's order and rules;
where those break on real streams, the rules here are stricter:

* a tool call is reported done when the next one starts only if its arguments are complete
  JSON, so calls that interleave by ``index`` are not cut short, and every call still open
  when the choice finishes is reported done (the reference reports only the latest one);
* with a model ``response_format``, a cut (``length``) or filtered answer raises as soon as
  it is seen, like the reference, with the snapshot so far as ``completion``.

With a ``negotiation`` (``stream()`` on a preset client whose server lacks ``json_schema``,
``_parsing/_negotiate.py``) the content is parsed without its Markdown fence, and the final
completion is normalized as ``parse()``'s: in ``tools`` mode the forced call's arguments become
the content. The events stay those of the wire: in ``tools`` mode the answer streams as
``tool_calls.function.arguments.*`` events of that call, no ``content.*`` events.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Dict, Generic, Iterable, List, Optional, Set, Tuple

from ...._exceptions import ContentFilterFinishReasonError, LengthFinishReasonError
from ...._types import omit
from ....types.chat.chat_completion_chunk import ChatCompletionChunk, Choice
from ....types.chat.parsed_chat_completion import ParsedChatCompletion
from .._structured import StrictTools, has_rich_response_format, parse_chat_completion, parse_json_as, partial_json
from .._typing import ResponseFormatT
from ._accumulate import ChoiceAccumulator, start_completion, update_completion
from ._events import (
    ChatCompletionStreamEvent,
    ChunkEvent,
    ContentDeltaEvent,
    ContentDoneEvent,
    FunctionToolCallArgumentsDeltaEvent,
    FunctionToolCallArgumentsDoneEvent,
    LogprobsContentDeltaEvent,
    LogprobsContentDoneEvent,
    LogprobsRefusalDeltaEvent,
    LogprobsRefusalDoneEvent,
    RefusalDeltaEvent,
    RefusalDoneEvent,
)
from ._types import ParsedChatCompletionSnapshot

if TYPE_CHECKING:
    from ..._parsing._negotiate import Negotiation

__all__ = ["ChatCompletionStreamState"]


class _Reported:
    """What one choice has already reported as done."""

    __slots__ = ("content", "current_tool", "logprobs_content", "logprobs_refusal", "refusal", "tools")

    def __init__(self) -> None:
        self.content = self.refusal = self.logprobs_content = self.logprobs_refusal = False
        self.current_tool: Optional[int] = None
        self.tools: Set[int] = set()


def _is_complete_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


class ChatCompletionStreamState(Generic[ResponseFormatT]):
    """Accumulates chunks into a snapshot and derives the typed events of each chunk.

    ``response_format`` (a pydantic model) and ``input_tools`` decide what gets parsed:
    the content, and the arguments of strict function tools.
    """

    def __init__(self, *, input_tools: Any = omit, response_format: Any = omit) -> None:
        self._snapshot: Optional[ParsedChatCompletionSnapshot] = None
        self._choices: Dict[int, Tuple[ChoiceAccumulator, _Reported]] = {}
        self._response_format = response_format
        self._model_format = has_rich_response_format(response_format)
        self._tools = StrictTools(input_tools)
        # Set by the stream of a negotiated request; not a parameter: the signature is the reference's.
        self._negotiation: Optional[Negotiation] = None

    @property
    def current_completion_snapshot(self) -> ParsedChatCompletionSnapshot:
        """Everything received so far, as one completion (the same object all along)."""
        if self._snapshot is None:
            raise RuntimeError("No chunk received yet: there is no completion snapshot to show.")
        return self._snapshot

    def get_final_completion(self) -> ParsedChatCompletion[ResponseFormatT]:
        """The completion with ``parsed`` content and tool arguments (a new object).

        Raises ``LengthFinishReasonError`` / ``ContentFilterFinishReasonError`` when a choice
        was cut off or filtered.
        """
        if self._negotiation is not None:
            negotiated: ParsedChatCompletion[ResponseFormatT] = self._negotiation.parse(
                self.current_completion_snapshot
            )
            return negotiated
        final: ParsedChatCompletion[ResponseFormatT] = parse_chat_completion(
            response_format=self._response_format,
            input_tools=self._tools.input_tools,
            chat_completion=self.current_completion_snapshot,
        )
        return final

    def handle_chunk(self, chunk: ChatCompletionChunk) -> Iterable[ChatCompletionStreamEvent[ResponseFormatT]]:
        """Merge ``chunk`` into the snapshot; the events it produces, in order."""
        touched = self._accumulate(chunk)
        snapshot = self.current_completion_snapshot
        events: List[ChatCompletionStreamEvent[ResponseFormatT]] = [
            ChunkEvent.model_construct(type="chunk", chunk=chunk, snapshot=snapshot)
        ]
        for accumulator, reported, choice in touched:
            self._delta_events(accumulator, choice, events)
            self._done_events(accumulator, reported, choice, events)
        return events

    def absorb_usage(self, chunk: ChatCompletionChunk) -> None:
        """Take only the completion-level fields (usage) of a chunk that follows an error."""
        if self._snapshot is not None:
            update_completion(self._snapshot, chunk)

    # -- accumulating ----------------------------------------------------------------------

    def _accumulate(self, chunk: ChatCompletionChunk) -> List[Tuple[ChoiceAccumulator, _Reported, Choice]]:
        if self._snapshot is None:
            self._snapshot = start_completion(chunk)
        else:
            update_completion(self._snapshot, chunk)
        snapshot = self._snapshot
        touched: List[Tuple[ChoiceAccumulator, _Reported, Choice]] = []
        for position, choice in enumerate(chunk.choices or ()):
            index = choice.index if isinstance(choice.index, int) else position
            entry = self._choices.get(index)
            if entry is None:
                entry = self._choices[index] = (ChoiceAccumulator(choice, index), _Reported())
                snapshot.choices = [self._choices[key][0].choice for key in sorted(self._choices)]
                is_new = True
            else:
                entry[0].merge(choice)
                is_new = False
            if self._model_format and choice.finish_reason == "length":
                raise LengthFinishReasonError(completion=snapshot)
            if self._model_format and choice.finish_reason == "content_filter":
                raise ContentFilterFinishReasonError(completion=snapshot)
            if not is_new:
                self._parse_partial(entry[0])
            touched.append((entry[0], entry[1], choice))
        return touched

    def _parse_partial(self, accumulator: ChoiceAccumulator) -> None:
        """What the JSON streamed so far holds, for model content and strict tool arguments."""
        message = accumulator.choice.message
        if self._model_format and message.content:
            message.parsed = self._partial_content(message.content)
        for index, started, _ in accumulator.tool_deltas:
            function = accumulator.tool_calls[index].function
            if not started and function.arguments and self._tools.is_strict(function.name):
                function.parsed_arguments = partial_json(function.arguments)

    def _json_text(self, content: str) -> str:
        return content if self._negotiation is None else self._negotiation.json_text(content)

    def _partial_content(self, content: str) -> Any:
        if self._negotiation is None:
            return partial_json(content)
        try:  # a negotiated answer may open with a Markdown fence, still cut short ("```js")
            return partial_json(self._negotiation.json_text(content, partial=True))
        except ValueError:
            return None

    # -- events ----------------------------------------------------------------------------

    def _delta_events(self, accumulator: ChoiceAccumulator, choice: Choice, events: List[Any]) -> None:
        message = accumulator.choice.message
        delta = choice.delta
        if delta is not None and delta.content is not None:
            events.append(
                ContentDeltaEvent.model_construct(
                    type="content.delta", delta=delta.content, snapshot=message.content or "", parsed=message.parsed
                )
            )
        if delta is not None and delta.refusal is not None:
            events.append(
                RefusalDeltaEvent.model_construct(
                    type="refusal.delta", delta=delta.refusal, snapshot=message.refusal or ""
                )
            )
        for index, _, tool_delta in accumulator.tool_deltas:
            function = accumulator.tool_calls[index].function
            arguments_delta = tool_delta.function.arguments if tool_delta.function is not None else None
            events.append(
                FunctionToolCallArgumentsDeltaEvent.model_construct(
                    type="tool_calls.function.arguments.delta",
                    name=function.name,
                    index=index,
                    arguments=function.arguments,
                    parsed_arguments=function.parsed_arguments,
                    arguments_delta=arguments_delta or "",
                )
            )
        logprobs = choice.logprobs
        snapshot_logprobs = accumulator.choice.logprobs
        if logprobs is not None and snapshot_logprobs is not None:
            if getattr(logprobs, "content", None):
                events.append(
                    LogprobsContentDeltaEvent.model_construct(
                        type="logprobs.content.delta",
                        content=list(logprobs.content or ()),
                        snapshot=list(snapshot_logprobs.content or ()),
                    )
                )
            if getattr(logprobs, "refusal", None):
                events.append(
                    LogprobsRefusalDeltaEvent.model_construct(
                        type="logprobs.refusal.delta",
                        refusal=list(logprobs.refusal or ()),
                        snapshot=list(snapshot_logprobs.refusal or ()),
                    )
                )

    def _done_events(
        self, accumulator: ChoiceAccumulator, reported: _Reported, choice: Choice, events: List[Any]
    ) -> None:
        finished = bool(accumulator.choice.finish_reason)
        message = accumulator.choice.message
        # Text and logprobs are done when the choice finished, or once tool calls follow them.
        if finished or (choice.delta is not None and choice.delta.tool_calls):
            if message.content and not reported.content:
                reported.content = True
                parsed = None
                if self._model_format:
                    parsed = message.parsed = parse_json_as(self._response_format, self._json_text(message.content))
                events.append(
                    ContentDoneEvent.model_construct(type="content.done", content=message.content, parsed=parsed)
                )
            if message.refusal and not reported.refusal:
                reported.refusal = True
                events.append(RefusalDoneEvent.model_construct(type="refusal.done", refusal=message.refusal))
            logprobs = accumulator.choice.logprobs
            if logprobs is not None and logprobs.content is not None and not reported.logprobs_content:
                reported.logprobs_content = True
                events.append(
                    LogprobsContentDoneEvent.model_construct(
                        type="logprobs.content.done", content=list(logprobs.content)
                    )
                )
            if logprobs is not None and logprobs.refusal is not None and not reported.logprobs_refusal:
                reported.logprobs_refusal = True
                events.append(
                    LogprobsRefusalDoneEvent.model_construct(
                        type="logprobs.refusal.done", refusal=list(logprobs.refusal)
                    )
                )
        for index, _, _ in accumulator.tool_deltas:
            current = reported.current_tool
            if current is not None and current != index:
                self._tool_done(accumulator, reported, current, events, only_if_complete=True)
            reported.current_tool = index
        if finished:
            for index in sorted(accumulator.tool_calls):
                self._tool_done(accumulator, reported, index, events, only_if_complete=False)

    def _tool_done(
        self,
        accumulator: ChoiceAccumulator,
        reported: _Reported,
        index: int,
        events: List[Any],
        *,
        only_if_complete: bool,
    ) -> None:
        if index in reported.tools:
            return
        function = accumulator.tool_calls[index].function
        if only_if_complete and not _is_complete_json(function.arguments):
            return  # interleaved with another call: reported when complete, or at the finish
        reported.tools.add(index)
        parsed = self._tools.parse_arguments(function)
        if parsed is not None:
            function.parsed_arguments = parsed
        events.append(
            FunctionToolCallArgumentsDoneEvent.model_construct(
                type="tool_calls.function.arguments.done",
                name=function.name,
                index=index,
                arguments=function.arguments,
                parsed_arguments=parsed,
            )
        )
