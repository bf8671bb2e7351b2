# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from ..._models import BaseModel
from .transcription_diarized_segment import TranscriptionDiarizedSegment

__all__ = ["TranscriptionDiarized", "Usage", "UsageDuration", "UsageTokens", "UsageTokensInputTokenDetails"]


class UsageTokensInputTokenDetails(BaseModel):
    audio_tokens: Optional[int] = None
    text_tokens: Optional[int] = None


class UsageTokens(BaseModel):
    type: Literal["tokens"]
    input_tokens: int
    output_tokens: int
    total_tokens: int
    input_token_details: Optional[UsageTokensInputTokenDetails] = None


class UsageDuration(BaseModel):
    type: Literal["duration"]
    seconds: float


Usage: TypeAlias = Annotated[Union[UsageTokens, UsageDuration], Field(discriminator="type")]


class TranscriptionDiarized(BaseModel):
    task: Literal["transcribe"]
    duration: float
    text: str
    segments: List[TranscriptionDiarizedSegment]
    usage: Optional[Usage] = None
