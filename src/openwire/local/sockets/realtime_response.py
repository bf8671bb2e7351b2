"""A Realtime response as events: the model's answer, streamed the way the Realtime API streams it.

``response.created``; per output item ``response.output_item.added`` and the item's arrival in
the conversation; then its content (``content_part.added``, text or audio-and-transcript
deltas, their ``.done``, ``content_part.done``) or its function call arguments; then
``response.output_item.done``, ``response.done`` and ``rate_limits.updated`` (fixed limits, the
response's tokens taken off). The GA API and the beta one
(``OpenAI-Beta: realtime=v1``) differ only in some names, mapped by :class:`Names`.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Dict, Iterator, Optional

from .._media import SAMPLE_RATE, pcm
from .._model_math import count_tokens
from .._rules import Answer, pieces

if TYPE_CHECKING:
    from .._context import Context

__all__ = ["Names", "GA", "BETA", "failed", "response_events", "speak"]

Event = Dict[str, Any]
NewEvent = Callable[..., Event]  # event(type, **fields) -> the event with its ``event_id``

_AUDIO_CHUNK = SAMPLE_RATE // 2  # 0.25 s of 16-bit mono PCM per ``audio.delta``


@dataclass(frozen=True)
class Names:
    """What the GA and the beta Realtime APIs call the same things."""

    item_added: str  # a new item in the conversation
    item_done: Optional[str]  # the GA API also says when the item is complete
    text: str  # prefix of the text delta / done events
    audio: str
    transcript: str
    text_content: str  # an assistant message's content part types
    audio_content: str
    modalities: str  # the session / response key listing the output modalities


GA = Names(
    "conversation.item.added",
    "conversation.item.done",
    "response.output_text",
    "response.output_audio",
    "response.output_audio_transcript",
    "output_text",
    "output_audio",
    "output_modalities",
)
BETA = Names(
    "conversation.item.created",
    None,
    "response.text",
    "response.audio",
    "response.audio_transcript",
    "text",
    "audio",
    "modalities",
)


def speak(app: "Context", text: str) -> bytes:
    """Silent PCM as long as saying ``text`` takes, remembered so that it transcribes back to ``text``."""
    seconds = min(10.0, max(0.5, 0.06 * len(text)))
    clip = pcm(seconds)
    with app.store.lock:
        app.store.spoken[hashlib.sha256(clip).hexdigest()] = (text, seconds)
    return clip


def response_events(
    app: "Context",
    event: NewEvent,
    names: Names,
    response: Dict[str, Any],
    answer: Answer,
    audio: bool,
    previous_item_id: Optional[str],
    input_tokens: int,
) -> Iterator[Event]:
    """The events of ``response`` (an in-progress ``realtime.response``) answering with ``answer``;
    its output items are appended to ``response["output"]``, its usage set at the end."""
    yield event("response.created", response={**response, "output": []})
    item = _item(app, answer, names, audio)
    where = {"response_id": response["id"], "item_id": item["id"], "output_index": 0}
    yield event("response.output_item.added", response_id=response["id"], output_index=0, item=_pending(item))
    yield event(names.item_added, previous_item_id=previous_item_id, item=_pending(item))
    if item["type"] == "function_call":
        call = {**where, "call_id": item["call_id"]}
        for piece in pieces(item["arguments"], size=8):
            yield event("response.function_call_arguments.delta", **call, delta=piece)
        yield event("response.function_call_arguments.done", **call, name=item["name"], arguments=item["arguments"])
    else:
        yield from _content_events(app, event, names, where, item["content"][0], audio)
    yield event("response.output_item.done", response_id=response["id"], output_index=0, item=item)
    if names.item_done is not None:
        yield event(names.item_done, previous_item_id=previous_item_id, item=item)
    response["output"].append(item)
    response.update(status="completed", usage=_usage(input_tokens, item))
    yield event("response.done", response=response)
    tokens = response["usage"]["total_tokens"]
    yield event(
        "rate_limits.updated",
        rate_limits=[
            {"name": "requests", "limit": 5000, "remaining": 4999, "reset_seconds": 0.012},
            {"name": "tokens", "limit": 400_000, "remaining": 400_000 - tokens, "reset_seconds": 0.15},
        ],
    )


def _item(app: "Context", answer: Answer, names: Names, audio: bool) -> Dict[str, Any]:
    base = {"id": app.ids.new("item", "_"), "object": "realtime.item", "status": "completed"}
    if answer.tool_name is not None:
        call_id = app.ids.new("call", "_")
        return {
            **base,
            "type": "function_call",
            "name": answer.tool_name,
            "call_id": call_id,
            "arguments": answer.tool_arguments,
        }
    text = answer.text if answer.text is not None else (answer.refusal or "")
    if audio:
        part = {"type": names.audio_content, "transcript": text}
    else:
        part = {"type": names.text_content, "text": text}
    return {**base, "type": "message", "role": "assistant", "content": [part]}


def _pending(item: Dict[str, Any]) -> Dict[str, Any]:
    """The item as first announced: in progress, without content or arguments yet."""
    emptied: Dict[str, Any] = {"content": []} if item["type"] == "message" else {"arguments": ""}
    return {**item, **emptied, "status": "in_progress"}


def _content_events(
    app: "Context", event: NewEvent, names: Names, where: Dict[str, Any], part: Dict[str, Any], audio: bool
) -> Iterator[Event]:
    where = {**where, "content_index": 0}
    if not audio:
        yield event("response.content_part.added", **where, part={"type": "text", "text": ""})
        for piece in pieces(part["text"]):
            yield event(f"{names.text}.delta", **where, delta=piece)
        yield event(f"{names.text}.done", **where, text=part["text"])
        yield event("response.content_part.done", **where, part={"type": "text", "text": part["text"]})
        return
    transcript = part["transcript"]
    yield event("response.content_part.added", **where, part={"type": "audio", "transcript": ""})
    clip = speak(app, transcript)
    for start in range(0, len(clip), _AUDIO_CHUNK):
        yield event(
            f"{names.audio}.delta", **where, delta=base64.b64encode(clip[start : start + _AUDIO_CHUNK]).decode()
        )
    for piece in pieces(transcript):
        yield event(f"{names.transcript}.delta", **where, delta=piece)
    yield event(f"{names.audio}.done", **where)
    yield event(f"{names.transcript}.done", **where, transcript=transcript)
    yield event("response.content_part.done", **where, part={"type": "audio", "transcript": transcript})


def _usage(input_tokens: int, item: Dict[str, Any]) -> Dict[str, Any]:
    said = item.get("arguments") or " ".join(
        str(part.get("text") or part.get("transcript") or "") for part in item.get("content", [])
    )
    output_tokens = count_tokens(said)
    return {
        "total_tokens": input_tokens + output_tokens,
        "input_tokens": input_tokens,
        "output_tokens": output_tokens,
        "input_token_details": {"text_tokens": input_tokens, "audio_tokens": 0, "cached_tokens": 0},
        "output_token_details": {"text_tokens": output_tokens, "audio_tokens": 0},
    }


def failed(response: Dict[str, Any], kind: str, code: Optional[str]) -> Dict[str, Any]:
    """``response`` as ``response.done`` reports a failure (a scripted error reply)."""
    details = {"type": "failed", "error": {"type": kind, "code": code}}
    return {**response, "status": "failed", "status_details": details, "usage": _usage(0, {})}
