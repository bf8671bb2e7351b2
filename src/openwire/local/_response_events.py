"""The Responses API's stream: the events, in the real order and shapes, for a finished response.

``response.created``, ``response.in_progress``, then per output item ``output_item.added``,
its content (``content_part.added``, ``output_text.delta``..., ``output_text.done``,
``content_part.done``; or the refusal / function-call-arguments equivalents),
``output_item.done``; finally ``response.completed`` (or ``response.incomplete``). Every
event carries a ``sequence_number`` counting from 0.
"""

from __future__ import annotations

import copy
from typing import Any, Callable, Dict, Iterator, List

from ._rules import pieces
from ._wire import sse_event

__all__ = ["response_events"]

Emit = Callable[..., bytes]  # event(type, **fields) -> one numbered SSE event


def response_events(response: Dict[str, Any]) -> Iterator[bytes]:
    sequence = 0

    def event(kind: str, **fields: Any) -> bytes:
        nonlocal sequence
        payload = {"type": kind, **fields, "sequence_number": sequence}
        sequence += 1
        return sse_event(payload, event=kind)

    pending = {**copy.deepcopy(response), "status": "in_progress", "output": [], "usage": None, "completed_at": None}
    pending["incomplete_details"] = None
    yield event("response.created", response=pending)
    yield event("response.in_progress", response=pending)
    for index, item in enumerate(response["output"]):
        yield from _item_events(index, item, event)
    final = "response.incomplete" if response["status"] == "incomplete" else "response.completed"
    yield event(final, response=response)


def _item_events(index: int, item: Dict[str, Any], event: Emit) -> List[bytes]:
    out: List[bytes] = []
    if item["type"] == "function_call":
        out.append(
            event(
                "response.output_item.added",
                output_index=index,
                item={**item, "arguments": "", "status": "in_progress"},
            )
        )
        for piece in pieces(item["arguments"], size=8):
            out.append(
                event("response.function_call_arguments.delta", item_id=item["id"], output_index=index, delta=piece)
            )
        out.append(
            event(
                "response.function_call_arguments.done",
                item_id=item["id"],
                output_index=index,
                name=item["name"],
                arguments=item["arguments"],
            )
        )
    elif item["type"] == "message":
        out.append(
            event(
                "response.output_item.added", output_index=index, item={**item, "content": [], "status": "in_progress"}
            )
        )
        for content_index, part in enumerate(item["content"]):
            out.extend(_part_events(index, content_index, item["id"], part, event))
    out.append(event("response.output_item.done", output_index=index, item=item))
    return out


def _part_events(index: int, content_index: int, item_id: str, part: Dict[str, Any], event: Emit) -> List[bytes]:
    where = {"item_id": item_id, "output_index": index, "content_index": content_index}
    out: List[bytes] = []
    if part["type"] == "refusal":
        out.append(event("response.content_part.added", **where, part={"type": "refusal", "refusal": ""}))
        for piece in pieces(part["refusal"]):
            out.append(event("response.refusal.delta", **where, delta=piece))
        out.append(event("response.refusal.done", **where, refusal=part["refusal"]))
    else:
        out.append(event("response.content_part.added", **where, part={**part, "text": ""}))
        for piece in pieces(part["text"]):
            out.append(event("response.output_text.delta", **where, delta=piece, logprobs=[]))
        out.append(event("response.output_text.done", **where, text=part["text"], logprobs=[]))
    out.append(event("response.content_part.done", **where, part=part))
    return out
