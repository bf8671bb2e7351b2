# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .realtime_audio_formats_param import RealtimeAudioFormatsParam

__all__ = ["Output", "OutputVoice", "OutputVoiceID", "RealtimeResponseCreateAudioOutputParam"]


class Output(TypedDict, total=False):
    format: "RealtimeAudioFormatsParam"
    voice: "OutputVoice"


class OutputVoiceID(TypedDict, total=False):
    id: Required[str]


OutputVoice: TypeAlias = Union[
    str, Literal["alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse", "marin", "cedar"], OutputVoiceID
]


class RealtimeResponseCreateAudioOutputParam(TypedDict, total=False):
    output: "Output"
