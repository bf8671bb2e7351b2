"""The reference's ``openai._streaming`` module, for libraries that import from it.

``Stream`` / ``AsyncStream`` are openwire's own classes (any-llm imports ``AsyncStream`` here).
``SSEDecoder`` and ``ServerSentEvent`` offer the reference's API (litellm decodes with them) over
openwire's decoder in ``_sse``, with the reference's observable rules where they differ from it:

* a block with any field but no ``data`` (``event: ping``, a lone ``id``) is an event with data ``""``;
* ``iter_bytes`` does not emit a trailing block that no blank line ended;
* events are read-only and ``repr`` shows the values unquoted.
"""

from __future__ import annotations

from typing import Any, AsyncIterator, Iterator, Optional

from . import _sse
from ._async.streaming import AsyncStream
from ._sync.streaming import Stream

__all__ = ["Stream", "AsyncStream", "SSEDecoder", "ServerSentEvent"]


class ServerSentEvent(_sse.ServerSentEvent):
    """One event, as the reference builds it: ``data=None`` reads as ``""``; fields are read-only."""

    __slots__ = ()

    def __init__(
        self,
        *,
        event: Optional[str] = None,
        data: Optional[str] = None,
        id: Optional[str] = None,
        retry: Optional[int] = None,
    ) -> None:
        set_field = object.__setattr__
        set_field(self, "event", event)
        set_field(self, "data", data if data is not None else "")
        set_field(self, "id", id)
        set_field(self, "retry", retry)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"ServerSentEvent is read-only: cannot set {name!r}")

    def __repr__(self) -> str:
        return f"ServerSentEvent(event={self.event}, data={self.data}, id={self.id}, retry={self.retry})"


class SSEDecoder(_sse.SSEDecoder):
    """``iter_bytes`` / ``aiter_bytes`` over chunks of bytes, ``decode`` over one line (without its
    line end): an event comes out at the blank line that ends its block."""

    def __init__(self) -> None:
        super().__init__()
        self._has_fields = False  # the block so far set a field: it is an event even without data

    def iter_bytes(self, iterator: Iterator[bytes]) -> Iterator[ServerSentEvent]:
        for chunk in iterator:
            for event in self.feed(chunk):
                yield _public(event)

    async def aiter_bytes(self, iterator: AsyncIterator[bytes]) -> AsyncIterator[ServerSentEvent]:
        async for chunk in iterator:
            for event in self.feed(chunk):
                yield _public(event)

    def decode(self, line: str) -> Optional[ServerSentEvent]:
        event = self._line(line)
        return _public(event) if event is not None else None

    def _line(self, line: str) -> Optional[_sse.ServerSentEvent]:
        if line and line[0] != ":":
            field, _, value = line.partition(":")
            value = value[1:] if value[:1] == " " else value
            if field in ("data", "event") or (field == "id" and "\0" not in value):
                self._has_fields = True
            elif field == "retry" and value.isascii() and value.isdigit():
                self._has_fields = True
        return super()._line(line)

    def _dispatch(self) -> Optional[_sse.ServerSentEvent]:
        has_fields, self._has_fields = self._has_fields, False
        if self._data or not has_fields:
            return super()._dispatch()
        event = ServerSentEvent(event=self._event, data="", id=self._last_event_id, retry=self._retry)
        self._event = None
        self._retry = None
        return event


def _public(event: _sse.ServerSentEvent) -> ServerSentEvent:
    if isinstance(event, ServerSentEvent):
        return event
    return ServerSentEvent(event=event.event, data=event.data, id=event.id, retry=event.retry)
