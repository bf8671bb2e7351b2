# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, TYPE_CHECKING
from typing_extensions import Literal
from functools import cached_property

from ...._async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from ...._options import make_request_options
from ...._resource import AsyncAPIResource, SyncAPIResource
from ...._sync.response import to_raw_response_wrapper, to_streamed_response_wrapper
from ...._types import not_given, omit
from ....types.beta.realtime.transcription_session import TranscriptionSession

if TYPE_CHECKING:
    import httpx
    from ...._types import Body, Headers, NotGiven, Omit, Query
    from ....types.beta.realtime.transcription_session_create_params import (
        InputAudioNoiseReduction,
        InputAudioTranscription,
        TurnDetection,
    )

__all__ = ["TranscriptionSessions", "AsyncTranscriptionSessions"]


class TranscriptionSessions(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> TranscriptionSessionsWithRawResponse:
        return TranscriptionSessionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> TranscriptionSessionsWithStreamingResponse:
        return TranscriptionSessionsWithStreamingResponse(self)

    def create(
        self,
        *,
        client_secret: object | Omit = omit,
        include: List[Literal["item.input_audio_transcription.logprobs"]] | Omit = omit,
        input_audio_format: Literal["pcm16", "g711_ulaw", "g711_alaw"] | Omit = omit,
        input_audio_noise_reduction: InputAudioNoiseReduction | Omit = omit,
        input_audio_transcription: InputAudioTranscription | Omit = omit,
        modalities: object | Omit = omit,
        turn_detection: TurnDetection | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> TranscriptionSession:
        """`POST /realtime/transcription_sessions`."""
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        body = {
            "client_secret": client_secret,
            "include": include,
            "input_audio_format": input_audio_format,
            "input_audio_noise_reduction": input_audio_noise_reduction,
            "input_audio_transcription": input_audio_transcription,
            "modalities": modalities,
            "turn_detection": turn_detection,
        }
        response: TranscriptionSession = self._post(
            "/realtime/transcription_sessions",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=TranscriptionSession,
        )
        return response


class AsyncTranscriptionSessions(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncTranscriptionSessionsWithRawResponse:
        return AsyncTranscriptionSessionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncTranscriptionSessionsWithStreamingResponse:
        return AsyncTranscriptionSessionsWithStreamingResponse(self)

    async def create(
        self,
        *,
        client_secret: object | Omit = omit,
        include: List[Literal["item.input_audio_transcription.logprobs"]] | Omit = omit,
        input_audio_format: Literal["pcm16", "g711_ulaw", "g711_alaw"] | Omit = omit,
        input_audio_noise_reduction: InputAudioNoiseReduction | Omit = omit,
        input_audio_transcription: InputAudioTranscription | Omit = omit,
        modalities: object | Omit = omit,
        turn_detection: TurnDetection | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> TranscriptionSession:
        """`POST /realtime/transcription_sessions`."""
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        body = {
            "client_secret": client_secret,
            "include": include,
            "input_audio_format": input_audio_format,
            "input_audio_noise_reduction": input_audio_noise_reduction,
            "input_audio_transcription": input_audio_transcription,
            "modalities": modalities,
            "turn_detection": turn_detection,
        }
        response: TranscriptionSession = await self._post(
            "/realtime/transcription_sessions",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=TranscriptionSession,
        )
        return response


class TranscriptionSessionsWithRawResponse:
    def __init__(self, transcription_sessions: TranscriptionSessions) -> None:
        self._transcription_sessions = transcription_sessions
        self.create = to_raw_response_wrapper(transcription_sessions.create)


class TranscriptionSessionsWithStreamingResponse:
    def __init__(self, transcription_sessions: TranscriptionSessions) -> None:
        self._transcription_sessions = transcription_sessions
        self.create = to_streamed_response_wrapper(transcription_sessions.create)


class AsyncTranscriptionSessionsWithRawResponse:
    def __init__(self, transcription_sessions: AsyncTranscriptionSessions) -> None:
        self._transcription_sessions = transcription_sessions
        self.create = async_to_raw_response_wrapper(transcription_sessions.create)


class AsyncTranscriptionSessionsWithStreamingResponse:
    def __init__(self, transcription_sessions: AsyncTranscriptionSessions) -> None:
        self._transcription_sessions = transcription_sessions
        self.create = async_to_streamed_response_wrapper(transcription_sessions.create)
