"""The Realtime API over WebSocket (``/v1/realtime?model=...``), GA and beta (``OpenAI-Beta: realtime=v1``).

A session holds its configuration, the conversation and the input audio buffer. Client events
are answered as the API does: ``session.update`` -> ``session.updated``; ``conversation.item.create``
-> the item added; ``input_audio_buffer.append`` + ``commit`` -> ``committed``, the user's audio
item and its transcript; ``response.create`` -> a streamed response (``realtime_response.py``)
from the server's reply rules: a scripted reply first; else a function call when ``tool_choice``
forces one or the user names one of the session's tools (``get_weather`` or "get weather");
else an echo of the last user text (after a function's output, of that output). A bad event
gets an ``error`` event; the connection stays open.

Simplifications: no voice activity detection (with ``turn_detection`` set, a commit starts a
response, as a detected end of speech would); audio in is always transcribed; audio out is
silence as long as the words, which transcribes back to them.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from typing import TYPE_CHECKING, Any, Dict, Iterator, List, Optional, Tuple

from .._model_math import count_tokens
from .._rules import decide
from .._wire import APIFailure
from ._handshake import subprotocols
from ._session import Outgoing
from .realtime_config import (
    Invalid,
    as_object,
    check_item,
    default_session,
    forced_tool,
    functions_of,
    merge,
    prompt_of,
    text_of_item,
)
from .realtime_response import BETA, GA, Names, failed, response_events

if TYPE_CHECKING:
    from .._context import Context
    from .._wire import LocalRequest

__all__ = ["RealtimeSession", "open_realtime"]

Event = Dict[str, Any]
_BYTES_PER_SECOND = {"audio/pcm": 48_000, "pcm16": 48_000}  # 24 kHz 16-bit mono; G.711: 8 000


def open_realtime(app: "Context", request: "LocalRequest") -> "RealtimeSession":
    model = request.query_value("model") or request.query_value("deployment")
    if model is None and request.query_value("call_id") is None:
        raise APIFailure(400, "Missing required parameter: 'model'.", param="model", code="missing_required_parameter")
    beta = "realtime=v1" in request.headers.get("openai-beta", "") or "openai-beta.realtime-v1" in subprotocols(request)
    return RealtimeSession(app, model or "gpt-realtime", beta=beta)


class RealtimeSession:
    def __init__(self, app: "Context", model: str, *, beta: bool = False) -> None:
        self.app = app
        self.names: Names = BETA if beta else GA
        self.beta = beta
        self.session = default_session(app, model, beta)
        self.items: List[Event] = []
        self.audio = bytearray()

    # -- the events --------------------------------------------------------------------------

    def event(self, kind: str, **fields: Any) -> Event:
        return {"type": kind, "event_id": self.app.ids.new("event", "_"), **fields}

    def error(self, message: str, *, param: Optional[str], code: str, client_event_id: Optional[str]) -> Event:
        error = {"type": "invalid_request_error", "code": code, "message": message, "param": param}
        return self.event("error", error={**error, "event_id": client_event_id})

    def opening(self) -> List[Outgoing]:
        return [self.event("session.created", session=self.session)]

    def receive(self, message: str) -> Iterator[Outgoing]:
        client_event_id: Optional[str] = None
        try:
            try:
                payload = json.loads(message)
            except ValueError:
                raise Invalid("The client event is not valid JSON.", code="invalid_json") from None
            if not isinstance(payload, dict):
                raise Invalid("A client event must be a JSON object.", code="invalid_json")
            client_event_id = payload.get("event_id") if isinstance(payload.get("event_id"), str) else None
            kind = payload.get("type")
            handler = _HANDLERS.get(kind) if isinstance(kind, str) else None
            if handler is None:
                known = ", ".join(repr(name) for name in _HANDLERS)
                raise Invalid(f"Invalid value: {kind!r}. Supported client event types are: {known}.", "type")
            answer = list(handler(self, payload))  # a bad event fails before any of its answer is sent
        except Invalid as bad:
            yield self.error(bad.message, param=bad.param, code=bad.code, client_event_id=client_event_id)
            return
        yield from answer

    # -- client events -----------------------------------------------------------------------

    def _session_update(self, payload: Event) -> Iterator[Outgoing]:
        update = as_object(payload.get("session"), "session")
        kind = update.get("type")
        if not self.beta and kind not in (None, "realtime", "transcription"):
            raise Invalid(
                f"Invalid value: {kind!r}. Supported values are: 'realtime' and 'transcription'.", "session.type"
            )
        functions_of(update.get("tools"), "session.tools")
        modalities = update.get(self.names.modalities)
        if modalities is not None and not (isinstance(modalities, list) and set(modalities) <= {"text", "audio"}):
            raise Invalid(
                f"'{self.names.modalities}' must be a list of 'text' and 'audio'.", f"session.{self.names.modalities}"
            )
        merge(self.session, {k: v for k, v in update.items() if k not in ("id", "object")})
        yield self.event("session.updated", session=self.session)

    def _item_create(self, payload: Event) -> Iterator[Outgoing]:
        item = self._new_item(as_object(payload.get("item"), "item"))
        previous = payload.get("previous_item_id")
        yield from self._add(item, previous if isinstance(previous, str) else None)

    def _item_delete(self, payload: Event) -> Iterator[Outgoing]:
        index = self._find(payload.get("item_id"))
        item_id = self.items.pop(index)["id"]
        yield self.event("conversation.item.deleted", item_id=item_id)

    def _item_retrieve(self, payload: Event) -> Iterator[Outgoing]:
        yield self.event("conversation.item.retrieved", item=self.items[self._find(payload.get("item_id"))])

    def _item_truncate(self, payload: Event) -> Iterator[Outgoing]:
        item = self.items[self._find(payload.get("item_id"))]
        end = payload.get("audio_end_ms")
        if not isinstance(end, int) or isinstance(end, bool) or end < 0:
            raise Invalid("Invalid 'audio_end_ms': expected a whole number of milliseconds >= 0.", "audio_end_ms")
        if item.get("role") != "assistant":
            raise Invalid("Only assistant messages can be truncated.", "item_id")
        content_index = payload.get("content_index", 0)
        for part in item.get("content", []):
            part.pop("audio", None)  # the API drops the audio after the cut, and the transcript with it
            part.pop("transcript", None)
        yield self.event(
            "conversation.item.truncated", item_id=item["id"], content_index=content_index, audio_end_ms=end
        )

    def _audio_append(self, payload: Event) -> Iterator[Outgoing]:
        audio = payload.get("audio")
        if not isinstance(audio, str):
            raise Invalid("Missing required parameter: 'audio'.", "audio", "missing_required_parameter")
        try:
            self.audio += base64.b64decode(audio, validate=True)
        except (binascii.Error, ValueError):
            raise Invalid("Invalid 'audio': not valid base64.", "audio", "invalid_base64") from None
        return iter(())

    def _audio_clear(self, payload: Event) -> Iterator[Outgoing]:
        self.audio.clear()
        yield self.event("input_audio_buffer.cleared")

    def _audio_commit(self, payload: Event) -> Iterator[Outgoing]:
        if len(self.audio) < self._bytes_per_second() // 10:
            seconds = len(self.audio) / self._bytes_per_second()
            message = (
                f"Error committing input audio buffer: expected at least 100ms of audio, got {seconds * 1000:.2f}ms."
            )
            raise Invalid(message, code="input_audio_buffer_commit_empty")
        audio, self.audio = bytes(self.audio), bytearray()
        transcript, seconds = self._transcript(audio)
        part = {"type": "input_audio", "audio": None, "transcript": None}
        item = {
            "id": self.app.ids.new("item", "_"),
            "object": "realtime.item",
            "type": "message",
            "status": "completed",
            "role": "user",
            "content": [part],
        }
        previous = self.items[-1]["id"] if self.items else None
        self.items.append(item)
        yield self.event("input_audio_buffer.committed", item_id=item["id"], previous_item_id=previous)
        yield self.event(self.names.item_added, previous_item_id=previous, item=json.loads(json.dumps(item)))
        part["transcript"] = transcript
        audio_tokens = max(1, int(seconds * 10))
        usage = {
            "type": "tokens",
            "input_tokens": audio_tokens,
            "output_tokens": count_tokens(transcript),
            "total_tokens": audio_tokens + count_tokens(transcript),
            "input_token_details": {"text_tokens": 0, "audio_tokens": audio_tokens},
        }
        yield self.event(
            "conversation.item.input_audio_transcription.completed",
            item_id=item["id"],
            content_index=0,
            transcript=transcript,
            usage=usage,
        )
        if self.names.item_done is not None:
            yield self.event(self.names.item_done, previous_item_id=previous, item=item)
        detection = self._turn_detection()
        if isinstance(detection, dict) and detection.get("create_response", True):
            yield from self._respond({})

    def _response_create(self, payload: Event) -> Iterator[Outgoing]:
        yield from self._respond(as_object(payload.get("response") or {}, "response"))

    def _response_cancel(self, payload: Event) -> Iterator[Outgoing]:
        raise Invalid("Cancellation failed: no active response found.", code="response_cancel_not_active")

    # -- helpers -----------------------------------------------------------------------------

    def _respond(self, options: Event) -> Iterator[Outgoing]:
        """Answer the conversation (or, with ``conversation: "none"``, the options' ``input``)."""
        out_of_band = options.get("conversation") == "none"
        context = [self._new_item(as_object(i, "response.input[]")) for i in options.get("input") or []]
        if not out_of_band:
            context = self.items + context
        settings = {**self.session, **options}
        functions = functions_of(settings.get("tools"), "response.tools")
        modalities = settings.get(self.names.modalities) or ["audio"]
        prompt, after_tool = prompt_of(context)
        forced = forced_tool(settings.get("tool_choice", "auto"), functions, prompt, after_tool)
        response: Event = {
            "object": "realtime.response",
            "id": self.app.ids.new("resp", "_"),
            "status": "in_progress",
            "status_details": None,
            "output": [],
            "conversation_id": None if out_of_band else "conv_" + self.session["id"][5:],
            self.names.modalities: modalities,
            "max_output_tokens": settings.get("max_output_tokens", "inf"),
            "metadata": options.get("metadata"),
            "usage": None,
        }
        try:
            answer = decide(self.app.replies, prompt, tools=functions if not after_tool else {}, forced_tool=forced)
        except APIFailure as failure:
            yield self.event("response.created", response=response)
            error = {"type": failure.type, "code": failure.code, "message": failure.message, "param": None}
            yield self.event("error", error={**error, "event_id": None})
            yield self.event("response.done", response=failed(response, failure.type, failure.code))
            return
        if answer.delay:
            yield answer.delay
        previous = None if out_of_band or not self.items else self.items[-1]["id"]
        tokens = sum(count_tokens(text_of_item(item)) for item in context)
        audio = "audio" in modalities
        yield from response_events(self.app, self.event, self.names, response, answer, audio, previous, tokens)
        if not out_of_band:
            self.items.extend(response["output"])

    def _new_item(self, given: Event) -> Event:
        kind = given.get("type", "message")
        item = {**given, "type": kind, "object": "realtime.item", "status": given.get("status", "completed")}
        item.setdefault("id", self.app.ids.new("item", "_"))
        check_item(kind, given)
        return item

    def _add(self, item: Event, previous: Optional[str]) -> Iterator[Outgoing]:
        if previous is None:
            index = len(self.items)
            previous = self.items[-1]["id"] if self.items else None
        elif previous == "root":
            index, previous = 0, None
        else:
            index = self._find(previous, "previous_item_id") + 1
        self.items.insert(index, item)
        yield self.event(self.names.item_added, previous_item_id=previous, item=item)
        if self.names.item_done is not None:
            yield self.event(self.names.item_done, previous_item_id=previous, item=item)

    def _find(self, item_id: object, param: str = "item_id") -> int:
        for index, item in enumerate(self.items):
            if item["id"] == item_id:
                return index
        raise Invalid(f"Item with item_id not found: {item_id!r}.", param, "item_not_found")

    def _turn_detection(self) -> object:
        if self.beta:
            return self.session.get("turn_detection")
        return (self.session.get("audio") or {}).get("input", {}).get("turn_detection")

    def _bytes_per_second(self) -> int:
        if self.beta:
            fmt = str(self.session.get("input_audio_format"))
        else:
            fmt = str(((self.session.get("audio") or {}).get("input", {}).get("format") or {}).get("type"))
        return _BYTES_PER_SECOND.get(fmt, 8_000)

    def _transcript(self, audio: bytes) -> Tuple[str, float]:
        """What the committed audio says: speech this server made says its text."""
        known = self.app.store.spoken.get(hashlib.sha256(audio).hexdigest())
        if known is not None:
            return known
        seconds = round(len(audio) / self._bytes_per_second(), 3)
        return f"This is a transcription of {seconds:g} seconds of audio.", seconds


_HANDLERS = {
    "session.update": RealtimeSession._session_update,
    "conversation.item.create": RealtimeSession._item_create,
    "conversation.item.delete": RealtimeSession._item_delete,
    "conversation.item.retrieve": RealtimeSession._item_retrieve,
    "conversation.item.truncate": RealtimeSession._item_truncate,
    "input_audio_buffer.append": RealtimeSession._audio_append,
    "input_audio_buffer.clear": RealtimeSession._audio_clear,
    "input_audio_buffer.commit": RealtimeSession._audio_commit,
    "response.create": RealtimeSession._response_create,
    "response.cancel": RealtimeSession._response_cancel,
}
