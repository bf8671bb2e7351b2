# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Any, TYPE_CHECKING
from functools import cached_property
from importlib import import_module

from ...._resource import AsyncAPIResource, SyncAPIResource
from ....lib._async.websocket_connect import AsyncBetaRealtimeConnect
from ....lib._sync.websocket_connect import BetaRealtimeConnect

if TYPE_CHECKING:
    from ....lib._async.realtime_connection import (
        AsyncBetaRealtimeConnection as AsyncRealtimeConnection,
        AsyncBetaRealtimeConnectionManager as AsyncRealtimeConnectionManager,
    )
    from ....lib._sync.realtime_connection import (
        BetaRealtimeConnection as RealtimeConnection,
        BetaRealtimeConnectionManager as RealtimeConnectionManager,
    )
    from .sessions import (
        AsyncSessions,
        AsyncSessionsWithRawResponse,
        AsyncSessionsWithStreamingResponse,
        Sessions,
        SessionsWithRawResponse,
        SessionsWithStreamingResponse,
    )
    from .transcription_sessions import (
        AsyncTranscriptionSessions,
        AsyncTranscriptionSessionsWithRawResponse,
        AsyncTranscriptionSessionsWithStreamingResponse,
        TranscriptionSessions,
        TranscriptionSessionsWithRawResponse,
        TranscriptionSessionsWithStreamingResponse,
    )

__all__ = ["Realtime", "AsyncRealtime"]


class Realtime(BetaRealtimeConnect, SyncAPIResource):
    @cached_property
    def sessions(self) -> Sessions:
        from .sessions import Sessions

        return Sessions(self._client)

    @cached_property
    def transcription_sessions(self) -> TranscriptionSessions:
        from .transcription_sessions import TranscriptionSessions

        return TranscriptionSessions(self._client)

    @cached_property
    def with_raw_response(self) -> RealtimeWithRawResponse:
        return RealtimeWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> RealtimeWithStreamingResponse:
        return RealtimeWithStreamingResponse(self)


class AsyncRealtime(AsyncBetaRealtimeConnect, AsyncAPIResource):
    @cached_property
    def sessions(self) -> AsyncSessions:
        from .sessions import AsyncSessions

        return AsyncSessions(self._client)

    @cached_property
    def transcription_sessions(self) -> AsyncTranscriptionSessions:
        from .transcription_sessions import AsyncTranscriptionSessions

        return AsyncTranscriptionSessions(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncRealtimeWithRawResponse:
        return AsyncRealtimeWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncRealtimeWithStreamingResponse:
        return AsyncRealtimeWithStreamingResponse(self)


class RealtimeWithRawResponse:
    def __init__(self, realtime: Realtime) -> None:
        self._realtime = realtime

    @cached_property
    def sessions(self) -> SessionsWithRawResponse:
        from .sessions import SessionsWithRawResponse

        return SessionsWithRawResponse(self._realtime.sessions)

    @cached_property
    def transcription_sessions(self) -> TranscriptionSessionsWithRawResponse:
        from .transcription_sessions import TranscriptionSessionsWithRawResponse

        return TranscriptionSessionsWithRawResponse(self._realtime.transcription_sessions)


class RealtimeWithStreamingResponse:
    def __init__(self, realtime: Realtime) -> None:
        self._realtime = realtime

    @cached_property
    def sessions(self) -> SessionsWithStreamingResponse:
        from .sessions import SessionsWithStreamingResponse

        return SessionsWithStreamingResponse(self._realtime.sessions)

    @cached_property
    def transcription_sessions(self) -> TranscriptionSessionsWithStreamingResponse:
        from .transcription_sessions import TranscriptionSessionsWithStreamingResponse

        return TranscriptionSessionsWithStreamingResponse(self._realtime.transcription_sessions)


class AsyncRealtimeWithRawResponse:
    def __init__(self, realtime: AsyncRealtime) -> None:
        self._realtime = realtime

    @cached_property
    def sessions(self) -> AsyncSessionsWithRawResponse:
        from .sessions import AsyncSessionsWithRawResponse

        return AsyncSessionsWithRawResponse(self._realtime.sessions)

    @cached_property
    def transcription_sessions(self) -> AsyncTranscriptionSessionsWithRawResponse:
        from .transcription_sessions import AsyncTranscriptionSessionsWithRawResponse

        return AsyncTranscriptionSessionsWithRawResponse(self._realtime.transcription_sessions)


class AsyncRealtimeWithStreamingResponse:
    def __init__(self, realtime: AsyncRealtime) -> None:
        self._realtime = realtime

    @cached_property
    def sessions(self) -> AsyncSessionsWithStreamingResponse:
        from .sessions import AsyncSessionsWithStreamingResponse

        return AsyncSessionsWithStreamingResponse(self._realtime.sessions)

    @cached_property
    def transcription_sessions(self) -> AsyncTranscriptionSessionsWithStreamingResponse:
        from .transcription_sessions import AsyncTranscriptionSessionsWithStreamingResponse

        return AsyncTranscriptionSessionsWithStreamingResponse(self._realtime.transcription_sessions)


# Names the reference's module also has, for libraries that import them.
_ALIASES = {
    "RealtimeConnection": ("....lib._sync.realtime_connection", "BetaRealtimeConnection"),
    "AsyncRealtimeConnection": ("....lib._async.realtime_connection", "AsyncBetaRealtimeConnection"),
    "RealtimeConnectionManager": ("....lib._sync.realtime_connection", "BetaRealtimeConnectionManager"),
    "AsyncRealtimeConnectionManager": ("....lib._async.realtime_connection", "AsyncBetaRealtimeConnectionManager"),
}


def __getattr__(name: str) -> Any:
    if name not in _ALIASES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module, attribute = _ALIASES[name]
    return getattr(import_module(module, __package__), attribute)
