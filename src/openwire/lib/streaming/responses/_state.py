"""``ResponseStreamState``: Responses API events in, the events to hand out and one growing
snapshot out. No I/O; the sync and async streams both drive it.

The events are the API's own, except four that carry more, as in the reference SDK:
``response.output_text.delta`` and ``response.function_call_arguments.delta`` get
``snapshot`` (the text / arguments so far), ``response.output_text.done`` gets ``parsed``
(with ``text_format``), and ``response.completed`` carries a ``ParsedResponse``.
"""

from __future__ import annotations

from typing import Any, Generic, List, Optional

from ....types.responses.parsed_response import ParsedResponse
from ..._parsing import is_given
from ..._parsing._rebuild import parametrised, rebuild_as
from ..._parsing._responses import parse_response, parse_text
from .._typing import TextFormatT
from ._accumulate import accumulate, is_response_event, snapshot_of, update_response_fields
from ._events import (
    ResponseCompletedEvent,
    ResponseFunctionCallArgumentsDeltaEvent,
    ResponseStreamEvent,
    ResponseTextDeltaEvent,
    ResponseTextDoneEvent,
)
from ._types import ParsedResponseSnapshot

__all__ = ["ResponseStreamState"]


class ResponseStreamState(Generic[TextFormatT]):
    """Accumulates a Responses stream; ``text_format`` and ``input_tools`` decide what the
    text and the function calls are parsed into."""

    def __init__(self, *, input_tools: Any, text_format: Any) -> None:
        # ``_completed_response`` keeps the reference's name: logfire reads it after ``handle_event``.
        self._snapshot: Optional[ParsedResponseSnapshot] = None
        self._completed_response: Optional[ParsedResponse[TextFormatT]] = None
        self._last_response_event: Optional[str] = None
        self._input_tools: List[Any] = list(input_tools) if is_given(input_tools) else []
        self._text_format = text_format
        content_type = text_format if is_given(text_format) else None
        self._text_done_cls = parametrised(ResponseTextDoneEvent, content_type)
        self._completed_cls = parametrised(ResponseCompletedEvent, content_type)

    @property
    def current_response_snapshot(self) -> ParsedResponseSnapshot:
        """The response so far: every item, part and delta received (the same object)."""
        if self._snapshot is None:
            raise RuntimeError("No `response.created` event received yet: there is no response snapshot.")
        return self._snapshot

    @property
    def final_response(self) -> ParsedResponse[TextFormatT]:
        """The parsed response of ``response.completed`` (``RuntimeError`` before it came)."""
        if self._completed_response is None:
            detail = (
                f" (the last response event was `{self._last_response_event}`)" if self._last_response_event else ""
            )
            raise RuntimeError(f"Didn't receive a `response.completed` event.{detail}")
        return self._completed_response

    def handle_event(self, event: Any) -> List[ResponseStreamEvent[TextFormatT]]:
        """Apply ``event`` to the snapshot; the event(s) to hand out for it."""
        value = self._accumulate(event)
        kind = event.type
        if kind == "response.output_text.delta":
            return [rebuild_as(ResponseTextDeltaEvent, event, snapshot=value or "")]
        if kind == "response.function_call_arguments.delta":
            return [rebuild_as(ResponseFunctionCallArgumentsDeltaEvent, event, snapshot=value or "")]
        if kind == "response.output_text.done":
            return [rebuild_as(self._text_done_cls, event, parsed=parse_text(event.text, self._text_format))]
        if kind == "response.completed":
            self._completed_response = parse_response(
                text_format=self._text_format, input_tools=self._input_tools, response=event.response
            )
            return [rebuild_as(self._completed_cls, event, response=self._completed_response)]
        return [event]

    def accumulate_event(self, event: Any) -> ParsedResponseSnapshot:
        """Apply ``event`` to the snapshot and return it."""
        self._accumulate(event)
        return self.current_response_snapshot

    def _accumulate(self, event: Any) -> Optional[str]:
        kind = getattr(event, "type", None)
        if isinstance(kind, str) and is_response_event(kind) and getattr(event, "response", None) is not None:
            self._last_response_event = kind
            if self._snapshot is None:
                self._snapshot = snapshot_of(event.response)
            else:
                update_response_fields(self._snapshot, event.response)
            return None
        if self._snapshot is None:
            if getattr(event, "output_index", None) is None:
                return None  # an ``error`` event, or one of a kind that needs no snapshot
            raise RuntimeError(f"Expected to have received `response.created` before `{kind}`")
        return accumulate(self._snapshot, event)
