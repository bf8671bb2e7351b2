# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .realtime import AsyncRealtime as AsyncRealtime
    from .realtime import AsyncRealtimeWithRawResponse as AsyncRealtimeWithRawResponse
    from .realtime import AsyncRealtimeWithStreamingResponse as AsyncRealtimeWithStreamingResponse
    from .sessions import AsyncSessions as AsyncSessions
    from .sessions import AsyncSessionsWithRawResponse as AsyncSessionsWithRawResponse
    from .sessions import AsyncSessionsWithStreamingResponse as AsyncSessionsWithStreamingResponse
    from .transcription_sessions import AsyncTranscriptionSessions as AsyncTranscriptionSessions
    from .transcription_sessions import (
        AsyncTranscriptionSessionsWithRawResponse as AsyncTranscriptionSessionsWithRawResponse,
    )
    from .transcription_sessions import (
        AsyncTranscriptionSessionsWithStreamingResponse as AsyncTranscriptionSessionsWithStreamingResponse,
    )
    from .realtime import Realtime as Realtime
    from .realtime import RealtimeWithRawResponse as RealtimeWithRawResponse
    from .realtime import RealtimeWithStreamingResponse as RealtimeWithStreamingResponse
    from .sessions import Sessions as Sessions
    from .sessions import SessionsWithRawResponse as SessionsWithRawResponse
    from .sessions import SessionsWithStreamingResponse as SessionsWithStreamingResponse
    from .transcription_sessions import TranscriptionSessions as TranscriptionSessions
    from .transcription_sessions import TranscriptionSessionsWithRawResponse as TranscriptionSessionsWithRawResponse
    from .transcription_sessions import (
        TranscriptionSessionsWithStreamingResponse as TranscriptionSessionsWithStreamingResponse,
    )

__all__ = [
    "AsyncRealtime",
    "AsyncRealtimeWithRawResponse",
    "AsyncRealtimeWithStreamingResponse",
    "AsyncSessions",
    "AsyncSessionsWithRawResponse",
    "AsyncSessionsWithStreamingResponse",
    "AsyncTranscriptionSessions",
    "AsyncTranscriptionSessionsWithRawResponse",
    "AsyncTranscriptionSessionsWithStreamingResponse",
    "Realtime",
    "RealtimeWithRawResponse",
    "RealtimeWithStreamingResponse",
    "Sessions",
    "SessionsWithRawResponse",
    "SessionsWithStreamingResponse",
    "TranscriptionSessions",
    "TranscriptionSessionsWithRawResponse",
    "TranscriptionSessionsWithStreamingResponse",
]

_EXPORTS = {
    "AsyncRealtime": ".realtime",
    "AsyncRealtimeWithRawResponse": ".realtime",
    "AsyncRealtimeWithStreamingResponse": ".realtime",
    "AsyncSessions": ".sessions",
    "AsyncSessionsWithRawResponse": ".sessions",
    "AsyncSessionsWithStreamingResponse": ".sessions",
    "AsyncTranscriptionSessions": ".transcription_sessions",
    "AsyncTranscriptionSessionsWithRawResponse": ".transcription_sessions",
    "AsyncTranscriptionSessionsWithStreamingResponse": ".transcription_sessions",
    "Realtime": ".realtime",
    "RealtimeWithRawResponse": ".realtime",
    "RealtimeWithStreamingResponse": ".realtime",
    "Sessions": ".sessions",
    "SessionsWithRawResponse": ".sessions",
    "SessionsWithStreamingResponse": ".sessions",
    "TranscriptionSessions": ".transcription_sessions",
    "TranscriptionSessionsWithRawResponse": ".transcription_sessions",
    "TranscriptionSessionsWithStreamingResponse": ".transcription_sessions",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        source = _EXPORTS.get(name)
        if source is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(source, __name__), name)
        globals()[name] = value
        return value
