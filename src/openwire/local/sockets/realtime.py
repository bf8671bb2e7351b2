"""The Realtime API over WebSocket (``/v1/realtime?model=...``), GA and beta (``OpenAI-Beta: realtime=v1``).

A session holds its configuration, the conversation and the input audio buffer. Client events
are answered as the API does: ``session.update`` -> ``session.updated``; ``conversation.item.create``
-> the item added; ``input_audio_buffer.append`` + ``commit`` -> ``committed``, the user's audio
item and its transcript; ``response.create`` -> a streamed response (``realtime_response.py``)
from the server's reply rules: scripted replies, else an echo of the last user text, else a
function call when the user names one of the session's tools. A bad event gets an ``error``
event; the connection stays open.

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
from .._rules import ANY_TOOL, decide
from .._wire import APIFailure
from ._session import Outgoing
from .realtime_response import BETA, GA, Names, failed, response_events

if TYPE_CHECKING:
    from .._context import Context
    from .._wire import LocalRequest

__all__ = ["RealtimeSession", "open_realtime"]

Event = Dict[str, Any]
_BYTES_PER_SECOND = {"audio/pcm": 48_000, "pcm16": 48_000}  # 24 kHz 16-bit mono; G.711: 8 000


class _Invalid(Exception):
    """A client event the API would refuse: answered with an ``error`` event."""

    def __init__(self, message: str, param: Optional[str] = None, code: str = "invalid_value") -> None:
        super().__init__(message)
        self.message, self.param, self.code = message, param, code


def open_realtime(app: "Context", request: "LocalRequest") -> "RealtimeSession":
    model = request.query_value("model") or request.query_value("deployment")
    if model is None and request.query_value("call_id") is None:
        raise APIFailure(400, "Missing required parameter: 'model'.", param="model", code="missing_required_parameter")
    beta = "realtime=v1" in request.headers.get("openai-beta", "")
    return RealtimeSession(app, model or "gpt-realtime", beta=beta)


class RealtimeSession:
    def __init__(self, app: "Context", model: str, *, beta: bool = False) -> None:
        self.app = app
        self.names: Names = BETA if beta else GA
        self.beta = beta
        self.session = _default_session(app, model, beta)
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
                raise _Invalid("The client event is not valid JSON.", code="invalid_json") from None
            if not isinstance(payload, dict):
                raise _Invalid("A client event must be a JSON object.", code="invalid_json")
            client_event_id = payload.get("event_id") if isinstance(payload.get("event_id"), str) else None
            kind = payload.get("type")
            handler = _HANDLERS.get(kind) if isinstance(kind, str) else None
            if handler is None:
                known = ", ".join(repr(name) for name in _HANDLERS)
                raise _Invalid(f"Invalid value: {kind!r}. Supported client event types are: {known}.", "type")
            answer = list(handler(self, payload))  # a bad event fails before any of its answer is sent
        except _Invalid as bad:
            yield self.error(bad.message, param=bad.param, code=bad.code, client_event_id=client_event_id)
            return
        yield from answer

    # -- client events -----------------------------------------------------------------------

    def _session_update(self, payload: Event) -> Iterator[Outgoing]:
        update = _object(payload.get("session"), "session")
        kind = update.get("type")
        if not self.beta and kind not in (None, "realtime", "transcription"):
            raise _Invalid(
                f"Invalid value: {kind!r}. Supported values are: 'realtime' and 'transcription'.", "session.type"
            )
        _functions(update.get("tools"), "session.tools")
        modalities = update.get(self.names.modalities)
        if modalities is not None and not (isinstance(modalities, list) and set(modalities) <= {"text", "audio"}):
            raise _Invalid(
                f"'{self.names.modalities}' must be a list of 'text' and 'audio'.", f"session.{self.names.modalities}"
            )
        _merge(self.session, {k: v for k, v in update.items() if k not in ("id", "object")})
        yield self.event("session.updated", session=self.session)

    def _item_create(self, payload: Event) -> Iterator[Outgoing]:
        item = self._new_item(_object(payload.get("item"), "item"))
        previous = payload.get("previous_item_id")
        yield from self._add(item, previous if isinstance(previous, str) else None)

    def _item_delete(self, payload: Event) -> Iterator[Outgoing]:
        index = self._find(payload.get("item_id"))
        item_id = self.items.pop(index)["id"]
        yield self.event("conversation.item.deleted", item_id=item_id)

    def _item_retrieve(self, payload: Event) -> Iterator[Outgoing]:
        yield self.event("conversation.item.retrieved", item=self.items[self._find(payload.get("item_id"))])

    def _audio_append(self, payload: Event) -> Iterator[Outgoing]:
        audio = payload.get("audio")
        if not isinstance(audio, str):
            raise _Invalid("Missing required parameter: 'audio'.", "audio", "missing_required_parameter")
        try:
            self.audio += base64.b64decode(audio, validate=True)
        except (binascii.Error, ValueError):
            raise _Invalid("Invalid 'audio': not valid base64.", "audio", "invalid_base64") from None
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
            raise _Invalid(message, code="input_audio_buffer_commit_empty")
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
        yield from self._respond(_object(payload.get("response") or {}, "response"))

    def _response_cancel(self, payload: Event) -> Iterator[Outgoing]:
        raise _Invalid("Cancellation failed: no active response found.", code="response_cancel_not_active")

    # -- helpers -----------------------------------------------------------------------------

    def _respond(self, options: Event) -> Iterator[Outgoing]:
        """Answer the conversation (or, with ``conversation: "none"``, the options' ``input``)."""
        out_of_band = options.get("conversation") == "none"
        context = [self._new_item(_object(i, "response.input[]")) for i in options.get("input") or []]
        if not out_of_band:
            context = self.items + context
        settings = {**self.session, **options}
        functions = _functions(settings.get("tools"), "response.tools")
        modalities = settings.get(self.names.modalities) or ["audio"]
        prompt, after_tool = _prompt(context)
        forced = _forced_tool(settings.get("tool_choice", "auto"), functions, prompt, after_tool)
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
        tokens = sum(count_tokens(_text(item)) for item in context)
        audio = "audio" in modalities
        yield from response_events(self.app, self.event, self.names, response, answer, audio, previous, tokens)
        if not out_of_band:
            self.items.extend(response["output"])

    def _new_item(self, given: Event) -> Event:
        kind = given.get("type", "message")
        item = {**given, "type": kind, "object": "realtime.item", "status": given.get("status", "completed")}
        item.setdefault("id", self.app.ids.new("item", "_"))
        if kind == "message":
            if given.get("role") not in ("user", "assistant", "system"):
                raise _Invalid(
                    f"Invalid value: {given.get('role')!r}. Supported values are: 'user', 'assistant' and 'system'.",
                    "item.role",
                )
            if not isinstance(given.get("content"), list):
                raise _Invalid(
                    "Missing required parameter: 'item.content'.", "item.content", "missing_required_parameter"
                )
        elif kind == "function_call_output":
            for name in ("call_id", "output"):
                if not isinstance(given.get(name), str):
                    raise _Invalid(
                        f"Missing required parameter: 'item.{name}'.", f"item.{name}", "missing_required_parameter"
                    )
        elif kind == "function_call":
            for name in ("name", "arguments"):
                if not isinstance(given.get(name), str):
                    raise _Invalid(
                        f"Missing required parameter: 'item.{name}'.", f"item.{name}", "missing_required_parameter"
                    )
        else:
            raise _Invalid(
                f"Invalid value: {kind!r}. Supported values are: 'message', 'function_call' and 'function_call_output'.",
                "item.type",
            )
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
        raise _Invalid(f"Item with item_id not found: {item_id!r}.", param, "item_not_found")

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
    "input_audio_buffer.append": RealtimeSession._audio_append,
    "input_audio_buffer.clear": RealtimeSession._audio_clear,
    "input_audio_buffer.commit": RealtimeSession._audio_commit,
    "response.create": RealtimeSession._response_create,
    "response.cancel": RealtimeSession._response_cancel,
}


def _default_session(app: "Context", model: str, beta: bool) -> Event:
    common: Event = {
        "id": app.ids.new("sess", "_"),
        "object": "realtime.session",
        "model": model,
        "instructions": "",
        "tools": [],
        "tool_choice": "auto",
        "tracing": None,
    }
    if beta:
        return {
            **common,
            "modalities": ["text", "audio"],
            "voice": "alloy",
            "input_audio_format": "pcm16",
            "output_audio_format": "pcm16",
            "input_audio_transcription": None,
            "turn_detection": None,
            "input_audio_noise_reduction": None,
            "temperature": 0.8,
            "max_response_output_tokens": "inf",
            "speed": 1.0,
        }
    audio_format = {"type": "audio/pcm", "rate": 24_000}
    audio = {
        "input": {"format": audio_format, "transcription": None, "noise_reduction": None, "turn_detection": None},
        "output": {"format": audio_format, "voice": "alloy", "speed": 1.0},
    }
    expires = app.clock.seconds() + 3600
    return {
        "type": "realtime",
        **common,
        "output_modalities": ["audio"],
        "audio": audio,
        "max_output_tokens": "inf",
        "prompt": None,
        "include": None,
        "expires_at": expires,
    }


def _object(value: object, param: str) -> Event:
    if not isinstance(value, dict):
        raise _Invalid(f"Invalid type for '{param}': expected an object.", param, "invalid_type")
    return value


def _functions(tools: object, param: str) -> Dict[str, Optional[Dict[str, Any]]]:
    """Function names -> parameter schemas."""
    if tools is None:
        return {}
    if not isinstance(tools, list):
        raise _Invalid(f"Invalid type for '{param}': expected an array.", param, "invalid_type")
    functions: Dict[str, Optional[Dict[str, Any]]] = {}
    for index, tool in enumerate(tools):
        if isinstance(tool, dict) and tool.get("type", "function") == "function":
            if not isinstance(tool.get("name"), str):
                raise _Invalid(
                    f"Missing required parameter: '{param}[{index}].name'.",
                    f"{param}[{index}].name",
                    "missing_required_parameter",
                )
            functions[tool["name"]] = tool.get("parameters")
    return functions


def _forced_tool(choice: object, functions: Dict[str, Any], prompt: str, after_tool: bool) -> Optional[str]:
    """The tool to call: the one ``tool_choice`` forces, else one the user names (``get_weather`` or "get weather")."""
    if choice == "none" or after_tool or not functions:
        return None
    if choice == "required":
        return ANY_TOOL
    if isinstance(choice, dict) and choice.get("name") in functions:
        return str(choice["name"])
    said = prompt.lower()
    return next((name for name in functions if name.lower() in said or name.lower().replace("_", " ") in said), None)


def _prompt(items: List[Event]) -> Tuple[str, bool]:
    """What to answer: the last user text (or transcript); after a tool's output, that output."""
    for item in reversed(items):
        if item.get("type") == "function_call_output":
            return str(item.get("output", "")), True
        if item.get("type") == "message" and item.get("role") == "user":
            return _text(item), False
    return "", False


def _text(item: Event) -> str:
    if item.get("type") == "function_call_output":
        return str(item.get("output", ""))
    if item.get("type") == "function_call":
        return str(item.get("arguments", ""))
    parts = item.get("content") or []
    return " ".join(str(p.get("text") or p.get("transcript") or "") for p in parts if isinstance(p, dict))


def _merge(target: Event, update: Event) -> None:
    for key, value in update.items():
        if isinstance(value, dict) and isinstance(target.get(key), dict):
            _merge(target[key], value)
        else:
            target[key] = value
