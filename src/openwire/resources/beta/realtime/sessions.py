# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Dict, Iterable, TYPE_CHECKING, Union
from typing_extensions import Literal
from functools import cached_property

from ...._async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from ...._options import make_request_options
from ...._resource import AsyncAPIResource, SyncAPIResource
from ...._sync.response import to_raw_response_wrapper, to_streamed_response_wrapper
from ...._types import not_given, omit
from ....types.beta.realtime.session_create_response import SessionCreateResponse

if TYPE_CHECKING:
    import httpx
    from ...._types import Body, Headers, NotGiven, Omit, Query
    from ....types.audio.speech_create_params import Voice
    from ....types.beta.realtime.session_create_params import InputAudioTranscription, Tool, Tracing, TurnDetection

__all__ = ["Sessions", "AsyncSessions"]


class Sessions(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> SessionsWithRawResponse:
        return SessionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> SessionsWithStreamingResponse:
        return SessionsWithStreamingResponse(self)

    def create(
        self,
        *,
        client_secret: Dict[str, object] | Omit = omit,
        input_audio_format: Literal["g711_alaw", "g711_ulaw", "pcm16"] | Omit = omit,
        input_audio_noise_reduction: object | Omit = omit,
        input_audio_transcription: InputAudioTranscription | Omit = omit,
        instructions: str | Omit = omit,
        max_response_output_tokens: Union[int, Literal["inf"]] | Omit = omit,
        modalities: object | Omit = omit,
        model: Literal[
            "gpt-4o-mini-realtime-preview",
            "gpt-4o-mini-realtime-preview-2024-12-17",
            "gpt-4o-realtime-preview",
            "gpt-4o-realtime-preview-2024-10-01",
            "gpt-4o-realtime-preview-2024-12-17",
            "gpt-4o-realtime-preview-2025-06-03",
            "gpt-realtime",
            "gpt-realtime-2025-08-28",
        ]
        | Omit = omit,
        output_audio_format: Literal["g711_alaw", "g711_ulaw", "pcm16"] | Omit = omit,
        speed: float | Omit = omit,
        temperature: float | Omit = omit,
        tool_choice: str | Omit = omit,
        tools: Iterable[Tool] | Omit = omit,
        tracing: Tracing | Omit = omit,
        turn_detection: TurnDetection | Omit = omit,
        voice: Voice | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SessionCreateResponse:
        """`POST /realtime/sessions`."""
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        body = {
            "client_secret": client_secret,
            "input_audio_format": input_audio_format,
            "input_audio_noise_reduction": input_audio_noise_reduction,
            "input_audio_transcription": input_audio_transcription,
            "instructions": instructions,
            "max_response_output_tokens": max_response_output_tokens,
            "modalities": modalities,
            "model": model,
            "output_audio_format": output_audio_format,
            "speed": speed,
            "temperature": temperature,
            "tool_choice": tool_choice,
            "tools": tools,
            "tracing": tracing,
            "turn_detection": turn_detection,
            "voice": voice,
        }
        response: SessionCreateResponse = self._post(
            "/realtime/sessions",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=SessionCreateResponse,
        )
        return response


class AsyncSessions(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncSessionsWithRawResponse:
        return AsyncSessionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncSessionsWithStreamingResponse:
        return AsyncSessionsWithStreamingResponse(self)

    async def create(
        self,
        *,
        client_secret: Dict[str, object] | Omit = omit,
        input_audio_format: Literal["g711_alaw", "g711_ulaw", "pcm16"] | Omit = omit,
        input_audio_noise_reduction: object | Omit = omit,
        input_audio_transcription: InputAudioTranscription | Omit = omit,
        instructions: str | Omit = omit,
        max_response_output_tokens: Union[int, Literal["inf"]] | Omit = omit,
        modalities: object | Omit = omit,
        model: Literal[
            "gpt-4o-mini-realtime-preview",
            "gpt-4o-mini-realtime-preview-2024-12-17",
            "gpt-4o-realtime-preview",
            "gpt-4o-realtime-preview-2024-10-01",
            "gpt-4o-realtime-preview-2024-12-17",
            "gpt-4o-realtime-preview-2025-06-03",
            "gpt-realtime",
            "gpt-realtime-2025-08-28",
        ]
        | Omit = omit,
        output_audio_format: Literal["g711_alaw", "g711_ulaw", "pcm16"] | Omit = omit,
        speed: float | Omit = omit,
        temperature: float | Omit = omit,
        tool_choice: str | Omit = omit,
        tools: Iterable[Tool] | Omit = omit,
        tracing: Tracing | Omit = omit,
        turn_detection: TurnDetection | Omit = omit,
        voice: Voice | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SessionCreateResponse:
        """`POST /realtime/sessions`."""
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        body = {
            "client_secret": client_secret,
            "input_audio_format": input_audio_format,
            "input_audio_noise_reduction": input_audio_noise_reduction,
            "input_audio_transcription": input_audio_transcription,
            "instructions": instructions,
            "max_response_output_tokens": max_response_output_tokens,
            "modalities": modalities,
            "model": model,
            "output_audio_format": output_audio_format,
            "speed": speed,
            "temperature": temperature,
            "tool_choice": tool_choice,
            "tools": tools,
            "tracing": tracing,
            "turn_detection": turn_detection,
            "voice": voice,
        }
        response: SessionCreateResponse = await self._post(
            "/realtime/sessions",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=SessionCreateResponse,
        )
        return response


class SessionsWithRawResponse:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions
        self.create = to_raw_response_wrapper(sessions.create)


class SessionsWithStreamingResponse:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions
        self.create = to_streamed_response_wrapper(sessions.create)


class AsyncSessionsWithRawResponse:
    def __init__(self, sessions: AsyncSessions) -> None:
        self._sessions = sessions
        self.create = async_to_raw_response_wrapper(sessions.create)


class AsyncSessionsWithStreamingResponse:
    def __init__(self, sessions: AsyncSessions) -> None:
        self._sessions = sessions
        self.create = async_to_streamed_response_wrapper(sessions.create)
