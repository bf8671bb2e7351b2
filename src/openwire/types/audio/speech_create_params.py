# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .speech_model import SpeechModel

__all__ = ["SpeechCreateParams", "Voice", "VoiceID"]


class SpeechCreateParams(TypedDict, total=False):
    model: Required[Union[str, "SpeechModel"]]
    input: Required[str]
    voice: Required["Voice"]
    instructions: str
    response_format: Literal["mp3", "opus", "aac", "flac", "wav", "pcm"]
    speed: float
    stream_format: Literal["sse", "audio"]


class VoiceID(TypedDict, total=False):
    id: Required[str]


Voice: TypeAlias = Union[
    str, Literal["alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse", "marin", "cedar"], VoiceID
]
