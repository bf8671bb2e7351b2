# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional, Union
from typing_extensions import Literal, TypeAlias

from ..._models import BaseModel

__all__ = ["AudioPCM", "AudioPCMA", "AudioPCMU", "RealtimeAudioFormats"]


class AudioPCM(BaseModel):
    rate: Optional[Literal[24000]] = None
    type: Optional[Literal["audio/pcm"]] = None


class AudioPCMA(BaseModel):
    type: Optional[Literal["audio/pcma"]] = None


class AudioPCMU(BaseModel):
    type: Optional[Literal["audio/pcmu"]] = None


RealtimeAudioFormats: TypeAlias = Union[AudioPCM, AudioPCMU, AudioPCMA]
