# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .speech_create_params import SpeechCreateParams as SpeechCreateParams
    from .speech_model import SpeechModel as SpeechModel
    from .transcription import Transcription as Transcription
    from .transcription_create_params import TranscriptionCreateParams as TranscriptionCreateParams
    from .transcription_create_response import TranscriptionCreateResponse as TranscriptionCreateResponse
    from .transcription_diarized import TranscriptionDiarized as TranscriptionDiarized
    from .transcription_diarized_segment import TranscriptionDiarizedSegment as TranscriptionDiarizedSegment
    from .transcription_include import TranscriptionInclude as TranscriptionInclude
    from .transcription_language import TranscriptionLanguage as TranscriptionLanguage
    from .transcription_segment import TranscriptionSegment as TranscriptionSegment
    from .transcription_stream_event import TranscriptionStreamEvent as TranscriptionStreamEvent
    from .transcription_text_delta_event import TranscriptionTextDeltaEvent as TranscriptionTextDeltaEvent
    from .transcription_text_done_event import TranscriptionTextDoneEvent as TranscriptionTextDoneEvent
    from .transcription_text_segment_event import TranscriptionTextSegmentEvent as TranscriptionTextSegmentEvent
    from .transcription_verbose import TranscriptionVerbose as TranscriptionVerbose
    from .transcription_word import TranscriptionWord as TranscriptionWord
    from .translation import Translation as Translation
    from .translation_create_params import TranslationCreateParams as TranslationCreateParams
    from .translation_create_response import TranslationCreateResponse as TranslationCreateResponse
    from .translation_verbose import TranslationVerbose as TranslationVerbose

__all__ = [
    "SpeechCreateParams",
    "SpeechModel",
    "Transcription",
    "TranscriptionCreateParams",
    "TranscriptionCreateResponse",
    "TranscriptionDiarized",
    "TranscriptionDiarizedSegment",
    "TranscriptionInclude",
    "TranscriptionLanguage",
    "TranscriptionSegment",
    "TranscriptionStreamEvent",
    "TranscriptionTextDeltaEvent",
    "TranscriptionTextDoneEvent",
    "TranscriptionTextSegmentEvent",
    "TranscriptionVerbose",
    "TranscriptionWord",
    "Translation",
    "TranslationCreateParams",
    "TranslationCreateResponse",
    "TranslationVerbose",
]

# Public name -> module defining it, imported on first access.
_EXPORTS: dict[str, str] = {
    "SpeechCreateParams": ".speech_create_params",
    "SpeechModel": ".speech_model",
    "Transcription": ".transcription",
    "TranscriptionCreateParams": ".transcription_create_params",
    "TranscriptionCreateResponse": ".transcription_create_response",
    "TranscriptionDiarized": ".transcription_diarized",
    "TranscriptionDiarizedSegment": ".transcription_diarized_segment",
    "TranscriptionInclude": ".transcription_include",
    "TranscriptionLanguage": ".transcription_language",
    "TranscriptionSegment": ".transcription_segment",
    "TranscriptionStreamEvent": ".transcription_stream_event",
    "TranscriptionTextDeltaEvent": ".transcription_text_delta_event",
    "TranscriptionTextDoneEvent": ".transcription_text_done_event",
    "TranscriptionTextSegmentEvent": ".transcription_text_segment_event",
    "TranscriptionVerbose": ".transcription_verbose",
    "TranscriptionWord": ".transcription_word",
    "Translation": ".translation",
    "TranslationCreateParams": ".translation_create_params",
    "TranslationCreateResponse": ".translation_create_response",
    "TranslationVerbose": ".translation_verbose",
}
_SUBMODULES: frozenset[str] = frozenset(
    {
        "speech_create_params",
        "speech_model",
        "transcription",
        "transcription_create_params",
        "transcription_create_response",
        "transcription_diarized",
        "transcription_diarized_segment",
        "transcription_include",
        "transcription_language",
        "transcription_segment",
        "transcription_stream_event",
        "transcription_text_delta_event",
        "transcription_text_done_event",
        "transcription_text_segment_event",
        "transcription_verbose",
        "transcription_word",
        "translation",
        "translation_create_params",
        "translation_create_response",
        "translation_verbose",
    }
)

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        source = _EXPORTS.get(name)
        if source is not None:
            value = getattr(importlib.import_module(source, __name__), name)
            globals()[name] = value
            return value
        if name in _SUBMODULES:
            return importlib.import_module(f".{name}", __name__)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS) | _SUBMODULES)
