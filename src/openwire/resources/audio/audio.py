# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import TYPE_CHECKING
from functools import cached_property

from ..._resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from .speech import (
        AsyncSpeech,
        AsyncSpeechWithRawResponse,
        AsyncSpeechWithStreamingResponse,
        Speech,
        SpeechWithRawResponse,
        SpeechWithStreamingResponse,
    )
    from .transcriptions import (
        AsyncTranscriptions,
        AsyncTranscriptionsWithRawResponse,
        AsyncTranscriptionsWithStreamingResponse,
        Transcriptions,
        TranscriptionsWithRawResponse,
        TranscriptionsWithStreamingResponse,
    )
    from .translations import (
        AsyncTranslations,
        AsyncTranslationsWithRawResponse,
        AsyncTranslationsWithStreamingResponse,
        Translations,
        TranslationsWithRawResponse,
        TranslationsWithStreamingResponse,
    )

__all__ = ["Audio", "AsyncAudio"]


class Audio(SyncAPIResource):
    @cached_property
    def speech(self) -> Speech:
        from .speech import Speech

        return Speech(self._client)

    @cached_property
    def transcriptions(self) -> Transcriptions:
        from .transcriptions import Transcriptions

        return Transcriptions(self._client)

    @cached_property
    def translations(self) -> Translations:
        from .translations import Translations

        return Translations(self._client)

    @cached_property
    def with_raw_response(self) -> AudioWithRawResponse:
        return AudioWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AudioWithStreamingResponse:
        return AudioWithStreamingResponse(self)


class AsyncAudio(AsyncAPIResource):
    @cached_property
    def speech(self) -> AsyncSpeech:
        from .speech import AsyncSpeech

        return AsyncSpeech(self._client)

    @cached_property
    def transcriptions(self) -> AsyncTranscriptions:
        from .transcriptions import AsyncTranscriptions

        return AsyncTranscriptions(self._client)

    @cached_property
    def translations(self) -> AsyncTranslations:
        from .translations import AsyncTranslations

        return AsyncTranslations(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncAudioWithRawResponse:
        return AsyncAudioWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAudioWithStreamingResponse:
        return AsyncAudioWithStreamingResponse(self)


class AudioWithRawResponse:
    def __init__(self, audio: Audio) -> None:
        self._audio = audio

    @cached_property
    def speech(self) -> SpeechWithRawResponse:
        from .speech import SpeechWithRawResponse

        return SpeechWithRawResponse(self._audio.speech)

    @cached_property
    def transcriptions(self) -> TranscriptionsWithRawResponse:
        from .transcriptions import TranscriptionsWithRawResponse

        return TranscriptionsWithRawResponse(self._audio.transcriptions)

    @cached_property
    def translations(self) -> TranslationsWithRawResponse:
        from .translations import TranslationsWithRawResponse

        return TranslationsWithRawResponse(self._audio.translations)


class AudioWithStreamingResponse:
    def __init__(self, audio: Audio) -> None:
        self._audio = audio

    @cached_property
    def speech(self) -> SpeechWithStreamingResponse:
        from .speech import SpeechWithStreamingResponse

        return SpeechWithStreamingResponse(self._audio.speech)

    @cached_property
    def transcriptions(self) -> TranscriptionsWithStreamingResponse:
        from .transcriptions import TranscriptionsWithStreamingResponse

        return TranscriptionsWithStreamingResponse(self._audio.transcriptions)

    @cached_property
    def translations(self) -> TranslationsWithStreamingResponse:
        from .translations import TranslationsWithStreamingResponse

        return TranslationsWithStreamingResponse(self._audio.translations)


class AsyncAudioWithRawResponse:
    def __init__(self, audio: AsyncAudio) -> None:
        self._audio = audio

    @cached_property
    def speech(self) -> AsyncSpeechWithRawResponse:
        from .speech import AsyncSpeechWithRawResponse

        return AsyncSpeechWithRawResponse(self._audio.speech)

    @cached_property
    def transcriptions(self) -> AsyncTranscriptionsWithRawResponse:
        from .transcriptions import AsyncTranscriptionsWithRawResponse

        return AsyncTranscriptionsWithRawResponse(self._audio.transcriptions)

    @cached_property
    def translations(self) -> AsyncTranslationsWithRawResponse:
        from .translations import AsyncTranslationsWithRawResponse

        return AsyncTranslationsWithRawResponse(self._audio.translations)


class AsyncAudioWithStreamingResponse:
    def __init__(self, audio: AsyncAudio) -> None:
        self._audio = audio

    @cached_property
    def speech(self) -> AsyncSpeechWithStreamingResponse:
        from .speech import AsyncSpeechWithStreamingResponse

        return AsyncSpeechWithStreamingResponse(self._audio.speech)

    @cached_property
    def transcriptions(self) -> AsyncTranscriptionsWithStreamingResponse:
        from .transcriptions import AsyncTranscriptionsWithStreamingResponse

        return AsyncTranscriptionsWithStreamingResponse(self._audio.transcriptions)

    @cached_property
    def translations(self) -> AsyncTranslationsWithStreamingResponse:
        from .translations import AsyncTranslationsWithStreamingResponse

        return AsyncTranslationsWithStreamingResponse(self._audio.translations)
