# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional
from typing_extensions import Literal

from ..._models import BaseModel
from .audio_transcription import AudioTranscription
from .noise_reduction_type import NoiseReductionType
from .realtime_audio_formats import RealtimeAudioFormats
from .realtime_transcription_session_turn_detection import RealtimeTranscriptionSessionTurnDetection

__all__ = ["Audio", "AudioInput", "AudioInputNoiseReduction", "RealtimeTranscriptionSessionCreateResponse"]


class AudioInputNoiseReduction(BaseModel):
    type: Optional[NoiseReductionType] = None


class AudioInput(BaseModel):
    format: Optional[RealtimeAudioFormats] = None
    noise_reduction: Optional[AudioInputNoiseReduction] = None
    transcription: Optional[AudioTranscription] = None
    turn_detection: Optional[RealtimeTranscriptionSessionTurnDetection] = None


class Audio(BaseModel):
    input: Optional[AudioInput] = None


class RealtimeTranscriptionSessionCreateResponse(BaseModel):
    type: Literal["transcription"]
    id: str
    object: str
    audio: Optional[Audio] = None
    expires_at: Optional[int] = None
    include: Optional[List[Literal["item.input_audio_transcription.logprobs"]]] = None
