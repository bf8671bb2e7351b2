"""An incremental, I/O-free decoder for ``text/event-stream`` (the WHATWG rules).

Feed it bytes in any chunking; it returns the events completed so far. It handles LF, CR and
CRLF line ends (a CRLF split across two chunks included), comment lines, ``event``, ``id``,
``retry`` and multi-line ``data`` fields joined with ``\\n``.
"""

from __future__ import annotations

import json
from typing import Any, List, Optional

__all__ = ["ServerSentEvent", "SSEDecoder", "stream_error"]


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
    def __init__(self) -> None:
        self._buffer = b""
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
        data = self._buffer + chunk if self._buffer else chunk
        lines = data.splitlines(keepends=True)
        last = lines[-1]
        if last.endswith((b"\n", b"\r")):
            self._buffer = b""
            self._skip_lf = last.endswith(b"\r")
        else:
            self._buffer = last
            lines.pop()
        events: List[ServerSentEvent] = []
        for raw_line in lines:
            line = raw_line.rstrip(b"\r\n").decode("utf-8", errors="replace")
            if self._at_start:
                self._at_start = False
                line = line.removeprefix("\ufeff")
            event = self._line(line)
            if event is not None:
                events.append(event)
        return events

    def flush(self) -> List[ServerSentEvent]:
        """End of stream: an event whose lines all arrived whole is still delivered.

        A line cut off mid-way is dropped, so a truncated JSON payload never reaches a parser.
        """
        self._buffer = b""
        self._skip_lf = False
        event = self._dispatch()
        return [event] if event is not None else []

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
