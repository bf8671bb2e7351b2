# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict


__all__ = ["ChatCompletionAudioParam", "Voice", "VoiceID"]


class ChatCompletionAudioParam(TypedDict, total=False):
    voice: Required["Voice"]
    format: Required[Literal["wav", "aac", "mp3", "flac", "opus", "pcm16"]]


class VoiceID(TypedDict, total=False):
    id: Required[str]


Voice: TypeAlias = Union[
    str, Literal["alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse", "marin", "cedar"], VoiceID
]
