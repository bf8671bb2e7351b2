# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .audio import AsyncAudio as AsyncAudio
    from .audio import AsyncAudioWithRawResponse as AsyncAudioWithRawResponse
    from .audio import AsyncAudioWithStreamingResponse as AsyncAudioWithStreamingResponse
    from .speech import AsyncSpeech as AsyncSpeech
    from .speech import AsyncSpeechWithRawResponse as AsyncSpeechWithRawResponse
    from .speech import AsyncSpeechWithStreamingResponse as AsyncSpeechWithStreamingResponse
    from .transcriptions import AsyncTranscriptions as AsyncTranscriptions
    from .transcriptions import AsyncTranscriptionsWithRawResponse as AsyncTranscriptionsWithRawResponse
    from .transcriptions import AsyncTranscriptionsWithStreamingResponse as AsyncTranscriptionsWithStreamingResponse
    from .translations import AsyncTranslations as AsyncTranslations
    from .translations import AsyncTranslationsWithRawResponse as AsyncTranslationsWithRawResponse
    from .translations import AsyncTranslationsWithStreamingResponse as AsyncTranslationsWithStreamingResponse
    from .audio import Audio as Audio
    from .audio import AudioWithRawResponse as AudioWithRawResponse
    from .audio import AudioWithStreamingResponse as AudioWithStreamingResponse
    from .speech import Speech as Speech
    from .speech import SpeechWithRawResponse as SpeechWithRawResponse
    from .speech import SpeechWithStreamingResponse as SpeechWithStreamingResponse
    from .transcriptions import Transcriptions as Transcriptions
    from .transcriptions import TranscriptionsWithRawResponse as TranscriptionsWithRawResponse
    from .transcriptions import TranscriptionsWithStreamingResponse as TranscriptionsWithStreamingResponse
    from .translations import Translations as Translations
    from .translations import TranslationsWithRawResponse as TranslationsWithRawResponse
    from .translations import TranslationsWithStreamingResponse as TranslationsWithStreamingResponse

__all__ = [
    "AsyncAudio",
    "AsyncAudioWithRawResponse",
    "AsyncAudioWithStreamingResponse",
    "AsyncSpeech",
    "AsyncSpeechWithRawResponse",
    "AsyncSpeechWithStreamingResponse",
    "AsyncTranscriptions",
    "AsyncTranscriptionsWithRawResponse",
    "AsyncTranscriptionsWithStreamingResponse",
    "AsyncTranslations",
    "AsyncTranslationsWithRawResponse",
    "AsyncTranslationsWithStreamingResponse",
    "Audio",
    "AudioWithRawResponse",
    "AudioWithStreamingResponse",
    "Speech",
    "SpeechWithRawResponse",
    "SpeechWithStreamingResponse",
    "Transcriptions",
    "TranscriptionsWithRawResponse",
    "TranscriptionsWithStreamingResponse",
    "Translations",
    "TranslationsWithRawResponse",
    "TranslationsWithStreamingResponse",
]

_EXPORTS = {
    "AsyncAudio": ".audio",
    "AsyncAudioWithRawResponse": ".audio",
    "AsyncAudioWithStreamingResponse": ".audio",
    "AsyncSpeech": ".speech",
    "AsyncSpeechWithRawResponse": ".speech",
    "AsyncSpeechWithStreamingResponse": ".speech",
    "AsyncTranscriptions": ".transcriptions",
    "AsyncTranscriptionsWithRawResponse": ".transcriptions",
    "AsyncTranscriptionsWithStreamingResponse": ".transcriptions",
    "AsyncTranslations": ".translations",
    "AsyncTranslationsWithRawResponse": ".translations",
    "AsyncTranslationsWithStreamingResponse": ".translations",
    "Audio": ".audio",
    "AudioWithRawResponse": ".audio",
    "AudioWithStreamingResponse": ".audio",
    "Speech": ".speech",
    "SpeechWithRawResponse": ".speech",
    "SpeechWithStreamingResponse": ".speech",
    "Transcriptions": ".transcriptions",
    "TranscriptionsWithRawResponse": ".transcriptions",
    "TranscriptionsWithStreamingResponse": ".transcriptions",
    "Translations": ".translations",
    "TranslationsWithRawResponse": ".translations",
    "TranslationsWithStreamingResponse": ".translations",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        source = _EXPORTS.get(name)
        if source is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(source, __name__), name)
        globals()[name] = value
        return value
