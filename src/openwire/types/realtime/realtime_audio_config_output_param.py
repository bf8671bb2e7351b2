# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .realtime_audio_formats_param import RealtimeAudioFormatsParam

__all__ = ["RealtimeAudioConfigOutputParam", "Voice", "VoiceID"]


class RealtimeAudioConfigOutputParam(TypedDict, total=False):
    format: "RealtimeAudioFormatsParam"
    speed: float
    voice: "Voice"


class VoiceID(TypedDict, total=False):
    id: Required[str]


Voice: TypeAlias = Union[
    str, Literal["alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse", "marin", "cedar"], VoiceID
]
