# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional

from ..._models import BaseModel
from .audio_transcription import AudioTranscription
from .noise_reduction_type import NoiseReductionType
from .realtime_audio_formats import RealtimeAudioFormats
from .realtime_audio_input_turn_detection import RealtimeAudioInputTurnDetection

__all__ = ["NoiseReduction", "RealtimeAudioConfigInput"]


class NoiseReduction(BaseModel):
    type: Optional[NoiseReductionType] = None


class RealtimeAudioConfigInput(BaseModel):
    format: Optional[RealtimeAudioFormats] = None
    noise_reduction: Optional[NoiseReduction] = None
    transcription: Optional[AudioTranscription] = None
    turn_detection: Optional[RealtimeAudioInputTurnDetection] = None
