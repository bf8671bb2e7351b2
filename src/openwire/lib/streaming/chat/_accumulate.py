"""Merging ``ChatCompletionChunk``s into one snapshot, in place (no events, no parsing).

The snapshot is built from the first chunk and updated field by field, so its object stays
the same for the whole stream. Choices and tool calls are matched by ``index``; chunks from
OpenAI-compatible servers that leave out ``object``, ``created``, ``delta`` or an ``index``,
send ``null`` for lists, repeat ``role`` / ``id`` in every delta or add fields of their own
are merged too (the reference SDK fails on most of these). A stream's usage is taken where
providers put it when the chunk has none at the top level: in the choice (Moonshot) or in
``x_groq`` (Groq).
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Tuple

from ...._models import parse_value
from ....types.chat.chat_completion import ChoiceLogprobs
from ....types.chat.chat_completion_chunk import ChatCompletionChunk, Choice, ChoiceDelta, ChoiceDeltaToolCall
from ....types.chat.parsed_function_tool_call import ParsedFunction, ParsedFunctionToolCall
from ....types.completion_usage import CompletionUsage
from .._merge import merge_extras, merge_value
from ._types import ParsedChatCompletionMessageSnapshot, ParsedChatCompletionSnapshot, ParsedChoiceSnapshot

__all__ = ["start_completion", "update_completion", "ChoiceAccumulator"]

# Message fields a delta may carry besides content, refusal and tool calls (the spec's delta
# only has ``function_call``; ``audio`` and ``annotations`` arrive as extra fields).
_MESSAGE_FIELDS = ("function_call", "audio", "annotations")


def _plain(value: Any) -> Any:
    if value is None or not hasattr(value, "model_dump"):
        return value
    return value.model_dump(mode="python", by_alias=True, exclude_unset=True, warnings=False)


def usage_of(chunk: ChatCompletionChunk) -> Optional[CompletionUsage]:
    """The chunk's usage: top level, else inside a choice (Moonshot), else ``x_groq.usage``.

    Called for every chunk: an OpenAI chunk has no extras, so it costs two empty-dict checks.
    """
    if chunk.usage is not None:
        return chunk.usage
    for choice in chunk.choices or ():
        if choice.model_extra:
            usage = _usage_in(choice.model_extra.get("usage"))
            if usage is not None:
                return usage
    x_groq = chunk.model_extra.get("x_groq") if chunk.model_extra else None
    return _usage_in(x_groq.get("usage")) if isinstance(x_groq, dict) else None


def _usage_in(value: Any) -> Optional[CompletionUsage]:
    if isinstance(value, dict) and "total_tokens" in value:
        return parse_value(CompletionUsage, value)
    return None


def start_completion(chunk: ChatCompletionChunk) -> ParsedChatCompletionSnapshot:
    snapshot: ParsedChatCompletionSnapshot = ParsedChatCompletionSnapshot.model_construct(
        id=chunk.id,
        choices=[],
        created=chunk.created,
        model=chunk.model,
        object="chat.completion",
        service_tier=chunk.service_tier,
        system_fingerprint=chunk.system_fingerprint,
        usage=usage_of(chunk),
        moderation=chunk.moderation,
    )
    merge_extras(snapshot, chunk.model_extra, first_wins=True)
    return snapshot


def update_completion(snapshot: ParsedChatCompletionSnapshot, chunk: ChatCompletionChunk) -> None:
    """Completion-level fields of a later chunk: a value fills what is still empty, and the
    latest usage, fingerprint and moderation win (a chunk without them keeps the old ones)."""
    for name in ("id", "model", "created", "service_tier"):
        value = getattr(chunk, name)
        if value not in (None, "", 0) and getattr(snapshot, name) in (None, "", 0):
            setattr(snapshot, name, value)
    usage = usage_of(chunk)
    if usage is not None:
        snapshot.usage = usage
    if chunk.system_fingerprint is not None:
        snapshot.system_fingerprint = chunk.system_fingerprint
    if chunk.moderation is not None:
        snapshot.moderation = chunk.moderation  # type: ignore[assignment]
    merge_extras(snapshot, chunk.model_extra, first_wins=True)


def _new_tool_call(delta: ChoiceDeltaToolCall, index: int) -> ParsedFunctionToolCall:
    function = delta.function
    parsed_function = ParsedFunction.model_construct(
        arguments=(function.arguments if function is not None else None) or "",
        name=(function.name if function is not None else None) or "",
        parsed_arguments=None,
    )
    if function is not None:
        merge_extras(parsed_function, function.model_extra)
    call = ParsedFunctionToolCall.model_construct(id=delta.id or "", function=parsed_function, type="function")
    call.__pydantic_extra__ = {"index": index}
    merge_extras(call, delta.model_extra)
    return call


def _merge_tool_call(call: ParsedFunctionToolCall, delta: ChoiceDeltaToolCall) -> None:
    if delta.id and not call.id:
        call.id = delta.id
    function = delta.function
    if function is None:
        return
    target = call.function
    if function.name and function.name != target.name:
        # A name split over deltas is continued; one repeated in every delta is not doubled.
        target.name = target.name + function.name
    if function.arguments:
        target.arguments = target.arguments + function.arguments
    merge_extras(target, function.model_extra)
    merge_extras(call, delta.model_extra)


class ChoiceAccumulator:
    """One choice of the snapshot, and its tool calls by index."""

    __slots__ = ("choice", "tool_calls", "tool_deltas")

    def __init__(self, choice: Choice, index: int) -> None:
        self.tool_calls: Dict[int, ParsedFunctionToolCall] = {}
        self.tool_deltas: List[Tuple[int, bool, ChoiceDeltaToolCall]] = []
        """The tool call deltas of the latest chunk: (index, whether it started the call, delta)."""
        delta = choice.delta if choice.delta is not None else ChoiceDelta.model_construct()
        message = ParsedChatCompletionMessageSnapshot.model_construct(
            content=delta.content,
            refusal=delta.refusal,
            role=delta.role or "assistant",
            annotations=None,
            audio=None,
            function_call=None,
            tool_calls=None,
            parsed=None,
        )
        self.choice: ParsedChoiceSnapshot = ParsedChoiceSnapshot.model_construct(
            finish_reason=choice.finish_reason,
            index=index,
            logprobs=None,
            message=message,
        )
        merge_extras(self.choice, choice.model_extra, first_wins=True)
        self._merge_rest(choice, delta)

    def merge(self, choice: Choice) -> None:
        self.tool_deltas = []
        delta = choice.delta
        if delta is not None:
            message = self.choice.message
            if delta.content is not None:
                message.content = (message.content or "") + delta.content
            if delta.refusal is not None:
                message.refusal = (message.refusal or "") + delta.refusal
        if choice.finish_reason is not None:
            self.choice.finish_reason = choice.finish_reason
        merge_extras(self.choice, choice.model_extra, first_wins=True)
        self._merge_rest(choice, delta)

    def tool_index(self, delta: ChoiceDeltaToolCall) -> int:
        """The index a tool call delta belongs to (some servers leave ``index`` out: then the
        call with the same ``id``, a new call for a new ``id``, else the latest call)."""
        if isinstance(delta.index, int):
            return delta.index
        for index, call in self.tool_calls.items():
            if delta.id and call.id == delta.id:
                return index
        if delta.id or not self.tool_calls:
            return max(self.tool_calls, default=-1) + 1
        return max(self.tool_calls)

    def _merge_rest(self, choice: Choice, delta: Optional[ChoiceDelta]) -> None:
        if delta is not None:
            if delta.tool_calls:
                self._merge_tool_calls(delta.tool_calls)
            extra = delta.model_extra or {}
            for name in _MESSAGE_FIELDS:
                value = getattr(delta, name) if name in ChoiceDelta.model_fields else extra.get(name)
                if value is not None:
                    self._merge_message_field(name, value)
            merge_extras(self.choice.message, {k: v for k, v in extra.items() if k not in _MESSAGE_FIELDS})
        if choice.logprobs is not None:
            self._merge_logprobs(choice.logprobs)

    def _merge_tool_calls(self, deltas: List[ChoiceDeltaToolCall]) -> None:
        for delta in deltas:
            index = self.tool_index(delta)
            call = self.tool_calls.get(index)
            started = call is None
            if call is None:
                self.tool_calls[index] = _new_tool_call(delta, index)
                self.choice.message.tool_calls = [self.tool_calls[key] for key in sorted(self.tool_calls)]
            else:
                _merge_tool_call(call, delta)
            self.tool_deltas.append((index, started, delta))

    def _merge_message_field(self, name: str, value: Any) -> None:
        message = self.choice.message
        merged = merge_value(_plain(getattr(message, name)), _plain(value), key=name)
        annotation: Any = type(message).model_fields[name].annotation
        setattr(message, name, parse_value(annotation, merged))

    def _merge_logprobs(self, logprobs: Any) -> None:
        content: Optional[List[Any]] = getattr(logprobs, "content", None)
        refusal: Optional[List[Any]] = getattr(logprobs, "refusal", None)
        current = self.choice.logprobs
        if current is None:
            self.choice.logprobs = ChoiceLogprobs.model_construct(
                content=list(content) if content is not None else None,
                refusal=list(refusal) if refusal is not None else None,
            )
            return
        if content is not None:
            current.content = (current.content or []) + list(content)
        if refusal is not None:
            current.refusal = (current.refusal or []) + list(refusal)
