# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional, Union
from typing_extensions import Literal, TypeAlias

from ..._models import BaseModel
from .realtime_audio_formats import RealtimeAudioFormats

__all__ = ["Output", "OutputVoice", "OutputVoiceID", "RealtimeResponseCreateAudioOutput"]


class OutputVoiceID(BaseModel):
    id: str


OutputVoice: TypeAlias = Union[
    str, Literal["alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse", "marin", "cedar"], OutputVoiceID
]


class Output(BaseModel):
    format: Optional[RealtimeAudioFormats] = None
    voice: Optional[OutputVoice] = None


class RealtimeResponseCreateAudioOutput(BaseModel):
    output: Optional[Output] = None
