"""An incremental, I/O-free decoder for ``text/event-stream`` (the WHATWG rules), and the
rules that tell a complete stream from a cut one.

Feed it bytes in any chunking; it returns the events completed so far. It handles LF, CR and
CRLF line ends (a CRLF split across two chunks included), comment lines, ``event``, ``id``,
``retry`` and multi-line ``data`` fields joined with ``\\n``.
"""

from __future__ import annotations

import json
import sys
from typing import Any, Callable, List, Optional, Tuple

__all__ = [
    "ServerSentEvent",
    "SSEDecoder",
    "AssistantRunEnd",
    "stream_error",
    "item_json",
    "starts_a_document",
    "EndRule",
    "ChoicesEnd",
    "ResponsesEnd",
    "end_rule_for",
]


class ServerSentEvent:
    __slots__ = ("data", "event", "id", "retry")

    def __init__(
        self, *, event: Optional[str] = None, data: str = "", id: Optional[str] = None, retry: Optional[int] = None
    ) -> None:
        self.event = event
        self.data = data
        self.id = id
        self.retry = retry

    def json(self) -> Any:
        return json.loads(self.data)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ServerSentEvent):
            return NotImplemented
        return (self.event, self.data, self.id, self.retry) == (other.event, other.data, other.id, other.retry)

    def __repr__(self) -> str:
        return f"ServerSentEvent(event={self.event!r}, data={self.data!r}, id={self.id!r}, retry={self.retry!r})"


class SSEDecoder:
    """Bytes in, completed events out; linear in the input however it is chunked.

    A line that arrives in many small reads is kept as a list of pieces and joined once, when
    its line end comes (joining on every read would copy it again and again: quadratic).
    """

    def __init__(self) -> None:
        self._pieces: List[bytes] = []  # the start of a line whose end has not arrived yet
        self._skip_lf = False  # the previous chunk ended in CR: a leading LF belongs to it
        self._at_start = True  # a UTF-8 BOM is allowed (and ignored) before the first line
        self._data: List[str] = []
        self._event: Optional[str] = None
        self._retry: Optional[int] = None
        self._last_event_id: Optional[str] = None

    def feed(self, chunk: bytes) -> List[ServerSentEvent]:
        if not chunk:
            return []  # an empty read must not forget a pending CR
        if self._skip_lf:
            self._skip_lf = False
            if chunk[:1] == b"\n":
                chunk = chunk[1:]
                if not chunk:
                    return []
        # Only the new bytes are searched: the pieces kept so far hold no line end.
        end = max(chunk.rfind(b"\n"), chunk.rfind(b"\r")) + 1
        if not end:
            self._pieces.append(chunk)
            return []
        complete = chunk[:end]
        if end < len(chunk):
            rest = chunk[end:]
        else:
            rest = b""
            self._skip_lf = complete.endswith(b"\r")
        if self._pieces:
            complete = b"".join(self._pieces) + complete
            self._pieces = []
        if rest:
            self._pieces.append(rest)
        events: List[ServerSentEvent] = []
        for raw_line in complete.splitlines():
            line = raw_line.decode("utf-8", errors="replace")
            if self._at_start:
                self._at_start = False
                line = line.removeprefix("\ufeff")
            event = self._line(line)
            if event is not None:
                events.append(event)
        return events

    def end(self) -> bool:
        """End of the byte stream: ``True`` when an event was cut off.

        By the SSE rules an event whose closing blank line never came is not dispatched: its
        lines (and any part of a line) are discarded. The caller decides whether that loss is
        an error. The decoder is reset either way.
        """
        cut = bool(self._pieces or self._data)
        self._pieces = []
        self._skip_lf = False
        self._data = []
        self._event = None
        self._retry = None
        return cut

    def _line(self, line: str) -> Optional[ServerSentEvent]:
        if not line:
            return self._dispatch()
        if line[0] == ":":
            return None
        field, sep, value = line.partition(":")
        if sep and value[:1] == " ":
            value = value[1:]
        if field == "data":
            self._data.append(value)
        elif field == "event":
            self._event = value
        elif field == "id":
            if "\0" not in value:
                self._last_event_id = value
        elif field == "retry":
            # ASCII digits only: str.isdigit() also accepts "²", which int() rejects.
            if value.isascii() and value.isdigit():
                self._retry = int(value)
        return None

    def _dispatch(self) -> Optional[ServerSentEvent]:
        if not self._data:
            self._event = None  # an event without data is not dispatched (WHATWG)
            return None
        event = ServerSentEvent(
            event=self._event,
            data="\n".join(self._data),
            id=self._last_event_id,
            retry=self._retry,
        )
        self._data = []
        self._event = None
        self._retry = None
        return event


_GENERIC_MESSAGE = "An error occurred during streaming"


def stream_error(event: ServerSentEvent) -> Optional[tuple[str, object]]:
    """``(message, body)`` when an event carries an error payload, else ``None``.

    As in the reference: a JSON object with a truthy top-level ``error`` is an error, whatever
    the event name. An ``event: error`` whose data is a JSON object without ``error`` is *not*
    one: the Responses API sends its typed ``ResponseErrorEvent`` that way, and the caller
    yields it. Other ``event: error`` payloads (plain text, a JSON array, ...) cannot become a
    typed item, so they are errors too.
    """
    if event.event != "error" and '"error"' not in event.data:
        return None  # the fast path: no JSON decoding for ordinary chunks
    try:
        payload = json.loads(event.data)
    except ValueError:
        if event.event == "error":
            return (event.data or _GENERIC_MESSAGE, event.data)
        return None
    if isinstance(payload, dict):
        error = payload.get("error")
        if not error:
            return None
        message = error.get("message") if isinstance(error, dict) else None
        return (message if isinstance(message, str) and message else _GENERIC_MESSAGE, error)
    if event.event == "error":
        return (_GENERIC_MESSAGE, payload)
    return None


def item_json(event: ServerSentEvent, *, named_errors: bool = False) -> str:
    """The JSON document an event's item is parsed from.

    Assistants run streams name the item's type in the event (``event: thread.run.created``,
    ``data:`` the run); their items are ``{"event": <name>, "data": <data>}``, as the
    ``AssistantStreamEvent`` union expects. ``named_errors``: an ``event: error`` is such an
    item too (the union's ``ErrorEvent``; in other streams the data is the whole item). Other
    events carry the item in ``data``.
    """
    name = event.event
    if name is not None and (name.startswith("thread.") or (named_errors and name == "error")):
        return f'{{"event": {json.dumps(name)}, "data": {event.data}}}'
    return event.data


def starts_a_document(chunk: bytes) -> Optional[bool]:
    """Whether the body that starts with ``chunk`` is a JSON or HTML document rather than an
    event stream (``None``: only whitespace so far, read on).

    No event stream starts with ``{``, ``[`` or ``<``: such a first line would be a field of
    that odd name, which every event-stream reader ignores.
    """
    start = chunk.lstrip().removeprefix(b"\xef\xbb\xbf").lstrip()
    if not start:
        return None
    return start[:1] in (b"{", b"[", b"<")


class EndRule:
    """How a stream of parsed items knows that it is complete, apart from ``[DONE]``.

    The base rule is the reference's: any clean end of the body is the end of the stream.
    ``see`` is shown each item and returns ``True`` for the last one (the stream stops reading
    there); ``complete`` tells, at the end of the body, whether nothing is missing.
    """

    def see(self, item: Any) -> bool:
        return False

    def complete(self) -> bool:
        return True


class ChoicesEnd(EndRule):
    """Chat completion chunks and completions: complete once every choice has a
    ``finish_reason`` (providers that omit ``[DONE]`` still send one)."""

    def __init__(self) -> None:
        self._open: set[object] = set()
        self._finished: set[object] = set()

    def see(self, item: Any) -> bool:
        for choice in getattr(item, "choices", None) or ():
            index = getattr(choice, "index", None)
            if getattr(choice, "finish_reason", None):
                self._finished.add(index)
                self._open.discard(index)
            elif index not in self._finished:
                self._open.add(index)
        return False

    def complete(self) -> bool:
        return bool(self._finished) and not self._open


class ResponsesEnd(EndRule):
    """Responses events: the stream ends with ``response.completed``, ``.failed`` or
    ``.incomplete``; an ``error`` event is an end too (the server may close after it)."""

    _TERMINAL = frozenset({"response.completed", "response.failed", "response.incomplete"})

    def __init__(self) -> None:
        self._ended = False

    def see(self, item: Any) -> bool:
        kind = getattr(item, "type", None)
        if kind in self._TERMINAL:
            self._ended = True
            return True
        if kind == "error":
            self._ended = True
        return False

    def complete(self) -> bool:
        return self._ended


class AssistantRunEnd(EndRule):
    """Assistants run events: complete once the run stops (completed, failed, cancelled,
    expired, incomplete, or waiting for tool outputs) or an ``error`` event arrives; the
    ``event: done`` that follows ends the stream as ``[DONE]`` does."""

    _TERMINAL = frozenset(
        {
            "thread.run.completed",
            "thread.run.failed",
            "thread.run.cancelled",
            "thread.run.expired",
            "thread.run.incomplete",
            "thread.run.requires_action",
            "error",
        }
    )

    def __init__(self) -> None:
        self._ended = False

    def see(self, item: Any) -> bool:
        if getattr(item, "event", None) in self._TERMINAL:
            self._ended = True
        return False

    def complete(self) -> bool:
        return self._ended


# Item types whose streams have a known end, by the module and name that define them. Looked up
# in ``sys.modules`` (a stream of these items has imported them already), so nothing is imported.
_END_RULES: List[Tuple[str, str, Callable[[], EndRule]]] = [
    ("openwire.types.chat.chat_completion_chunk", "ChatCompletionChunk", ChoicesEnd),
    ("openwire.types.completion", "Completion", ChoicesEnd),
    ("openwire.types.responses.response_stream_event", "ResponseStreamEvent", ResponsesEnd),
    ("openwire.types.beta.assistant_stream_event", "AssistantStreamEvent", AssistantRunEnd),
]


def end_rule_for(item_type: object) -> EndRule:
    """The end rule of a stream of ``item_type`` items (the base rule for other types)."""
    for module_name, name, rule in _END_RULES:
        module = sys.modules.get(module_name)
        if module is not None and getattr(module, name, None) is item_type:
            return rule()
    return EndRule()
