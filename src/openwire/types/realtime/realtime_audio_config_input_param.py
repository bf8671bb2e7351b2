# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Optional
from typing_extensions import TypedDict

from .audio_transcription_param import AudioTranscriptionParam
from .noise_reduction_type import NoiseReductionType
from .realtime_audio_formats_param import RealtimeAudioFormatsParam
from .realtime_audio_input_turn_detection_param import RealtimeAudioInputTurnDetectionParam

__all__ = ["NoiseReduction", "RealtimeAudioConfigInputParam"]


class NoiseReduction(TypedDict, total=False):
    type: "NoiseReductionType"


class RealtimeAudioConfigInputParam(TypedDict, total=False):
    format: "RealtimeAudioFormatsParam"
    noise_reduction: "NoiseReduction"
    transcription: "AudioTranscriptionParam"
    turn_detection: Optional["RealtimeAudioInputTurnDetectionParam"]
