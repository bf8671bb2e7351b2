"""``responses.stream``: the events of a streamed response, and the parsed response they add
up to (``from openwire.lib.streaming.responses import ...``)."""

from __future__ import annotations

from ..._async.responses_stream import AsyncResponseStream, AsyncResponseStreamManager
from ..._sync.responses_stream import ResponseStream, ResponseStreamManager
from ._events import (
    ResponseCompletedEvent,
    ResponseFunctionCallArgumentsDeltaEvent,
    ResponseStreamEvent,
    ResponseTextDeltaEvent,
    ResponseTextDoneEvent,
)
from ._state import ResponseStreamState
from ._types import ParsedResponseSnapshot

__all__ = [
    "ResponseStream",
    "AsyncResponseStream",
    "ResponseStreamManager",
    "AsyncResponseStreamManager",
    "ResponseStreamState",
    "ResponseStreamEvent",
    "ResponseTextDeltaEvent",
    "ResponseTextDoneEvent",
    "ResponseFunctionCallArgumentsDeltaEvent",
    "ResponseCompletedEvent",
    "ParsedResponseSnapshot",
]
