# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional
from typing_extensions import Literal

from ..._models import BaseModel
from .transcription_segment import TranscriptionSegment
from .transcription_word import TranscriptionWord

__all__ = ["TranscriptionVerbose", "Usage"]


class Usage(BaseModel):
    type: Literal["duration"]
    seconds: float


class TranscriptionVerbose(BaseModel):
    language: str
    duration: float
    text: str
    segments: Optional[List[TranscriptionSegment]] = None
    usage: Optional[Usage] = None
    words: Optional[List[TranscriptionWord]] = None
