# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import TYPE_CHECKING
from functools import cached_property

from ...._resource import AsyncAPIResource, SyncAPIResource
from ....lib._async.websocket_connect import AsyncBetaRealtimeConnect
from ....lib._sync.websocket_connect import BetaRealtimeConnect

if TYPE_CHECKING:
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
