"""Growing a Responses snapshot from stream events, in place (no parsing, no events out).

Items are found by ``output_index`` (checked against ``item_id``, else looked up by id),
parts by ``content_index`` / ``summary_index``. Deltas append to the text-like field they
stream (text, refusal, arguments, input, code); ``*.done`` events and
``output_item.done`` / ``content_part.done`` set the final value. Everything put in the
snapshot is a copy: the events handed to the caller are never changed afterwards.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Tuple

from ...._models import BaseModel, parse_value
from ....types.responses.parsed_response import (
    ParsedResponseFunctionToolCall,
    ParsedResponseOutputMessage,
    ParsedResponseOutputText,
)
from ..._parsing._rebuild import rebuild_as
from ._types import ParsedResponseSnapshot

__all__ = ["snapshot_of", "accumulate", "find_item", "find_part", "is_response_event", "update_response_fields"]

# event type -> (list of the item holding the part, or None for the item itself, field)
_APPEND: Dict[str, Tuple[Optional[str], str]] = {
    "response.output_text.delta": ("content", "text"),
    "response.refusal.delta": ("content", "refusal"),
    "response.reasoning_text.delta": ("content", "text"),
    "response.reasoning_summary_text.delta": ("summary", "text"),
    "response.function_call_arguments.delta": (None, "arguments"),
    "response.custom_tool_call_input.delta": (None, "input"),
    "response.mcp_call_arguments.delta": (None, "arguments"),
    "response.code_interpreter_call_code.delta": (None, "code"),
}
# event type -> (list, field, the event's field with the final value)
_SET: Dict[str, Tuple[Optional[str], str, str]] = {
    "response.output_text.done": ("content", "text", "text"),
    "response.refusal.done": ("content", "refusal", "refusal"),
    "response.reasoning_text.done": ("content", "text", "text"),
    "response.reasoning_summary_text.done": ("summary", "text", "text"),
    "response.function_call_arguments.done": (None, "arguments", "arguments"),
    "response.custom_tool_call_input.done": (None, "input", "input"),
    "response.mcp_call_arguments.done": (None, "arguments", "arguments"),
    "response.code_interpreter_call_code.done": (None, "code", "code"),
}
_PARTS = {
    "response.content_part.added": "content",
    "response.content_part.done": "content",
    "response.reasoning_summary_part.added": "summary",
    "response.reasoning_summary_part.done": "summary",
}
_RESPONSE_EVENTS = frozenset(
    {"response.created", "response.queued", "response.in_progress", "response.completed"}
    | {"response.failed", "response.incomplete"}
)


def _copy_part(part: Any) -> Any:
    part = part.model_copy(deep=True) if isinstance(part, BaseModel) else part
    if getattr(part, "type", None) == "output_text":
        return rebuild_as(ParsedResponseOutputText[object], part, parsed=None)
    return part


def _copy_item(item: Any) -> Any:
    if not isinstance(item, BaseModel):
        return item
    item = item.model_copy(deep=True)
    kind = getattr(item, "type", None)
    if kind == "message":
        content = [_copy_part(part) for part in getattr(item, "content", None) or []]
        return rebuild_as(ParsedResponseOutputMessage[object], item, content=content)
    if kind == "function_call":
        return rebuild_as(ParsedResponseFunctionToolCall, item, parsed_arguments=None)
    return item


def snapshot_of(response: Any) -> ParsedResponseSnapshot:
    """A snapshot to grow, from the response a ``response.*`` event carries."""
    output = [_copy_item(item) for item in getattr(response, "output", None) or []]
    snapshot: ParsedResponseSnapshot = rebuild_as(ParsedResponseSnapshot, response.model_copy(deep=True), output=output)
    return snapshot


def find_item(snapshot: ParsedResponseSnapshot, event: Any) -> Any:
    """The snapshot's item an event is about (``RuntimeError`` when there is none)."""
    output: List[Any] = snapshot.output
    index = getattr(event, "output_index", None)
    item_id = getattr(event, "item_id", None)
    if isinstance(index, int) and 0 <= index < len(output):
        item = output[index]
        if item_id is None or getattr(item, "id", None) in (item_id, None):
            return item
    for item in output:
        if item_id is not None and getattr(item, "id", None) == item_id:
            return item
    raise RuntimeError(f"Received `{event.type}` for an output item that was never added (item {item_id!r})")


def find_part(item: Any, where: str, event: Any) -> Any:
    parts: List[Any] = getattr(item, where, None) or []
    index = getattr(event, "summary_index" if where == "summary" else "content_index", None)
    if not isinstance(index, int) or not 0 <= index < len(parts):
        raise RuntimeError(f"Received `{event.type}` for a part that was never added (index {index!r})")
    return parts[index]


def _place(items: List[Any], index: Any, value: Any, *, replace: bool) -> None:
    if not isinstance(index, int) or index >= len(items):
        items.append(value)
    elif replace:
        items[index] = value
    else:
        items.insert(index, value)


def accumulate(snapshot: ParsedResponseSnapshot, event: Any) -> Optional[str]:
    """Apply ``event`` to ``snapshot``; for a delta, the field's value after it."""
    kind = event.type
    if kind in _APPEND:
        where, field = _APPEND[kind]
        target = find_item(snapshot, event)
        if where is not None:
            target = find_part(target, where, event)
        value: str = (getattr(target, field, None) or "") + event.delta
        setattr(target, field, value)
        if kind == "response.output_text.delta" and event.logprobs and isinstance(target.logprobs, list):
            target.logprobs = target.logprobs + list(event.logprobs)
        return value
    if kind in _SET:
        where, field, source = _SET[kind]
        target = find_item(snapshot, event)
        if where is not None:
            target = find_part(target, where, event)
        setattr(target, field, getattr(event, source))
    elif kind in ("response.output_item.added", "response.output_item.done"):
        _place(snapshot.output, event.output_index, _copy_item(event.item), replace=kind.endswith(".done"))
    elif kind in _PARTS:
        item = find_item(snapshot, event)
        where = _PARTS[kind]
        parts = getattr(item, where, None)
        if parts is None:
            parts = []
            setattr(item, where, parts)
        index = event.summary_index if where == "summary" else event.content_index
        _place(parts, index, _copy_part(event.part), replace=kind.endswith(".done"))
    elif kind == "response.output_text.annotation.added":
        part = find_part(find_item(snapshot, event), "content", event)
        annotations_type: Any = type(part).model_fields["annotations"].annotation
        part.annotations = parse_value(annotations_type, [*(part.annotations or []), event.annotation])
    return None


def is_response_event(kind: str) -> bool:
    """An event that carries the whole response (and may start the snapshot)."""
    return kind in _RESPONSE_EVENTS


def update_response_fields(snapshot: ParsedResponseSnapshot, response: Any) -> None:
    """The response-level fields (status, usage, ...) of a later ``response.*`` event; the
    output stays the one accumulated from the item events."""
    for name in response.model_fields_set:
        if name != "output":
            setattr(snapshot, name, getattr(response, name))
