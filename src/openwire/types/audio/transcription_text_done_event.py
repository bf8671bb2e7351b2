# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional
from typing_extensions import Literal

from ..._models import BaseModel
from .transcription_language import TranscriptionLanguage

__all__ = ["Logprob", "TranscriptionTextDoneEvent", "Usage", "UsageInputTokenDetails"]


class Logprob(BaseModel):
    bytes: Optional[List[int]] = None
    logprob: Optional[float] = None
    token: Optional[str] = None


class UsageInputTokenDetails(BaseModel):
    audio_tokens: Optional[int] = None
    text_tokens: Optional[int] = None


class Usage(BaseModel):
    type: Literal["tokens"]
    input_tokens: int
    output_tokens: int
    total_tokens: int
    input_token_details: Optional[UsageInputTokenDetails] = None


class TranscriptionTextDoneEvent(BaseModel):
    type: Literal["transcript.text.done"]
    text: str
    languages: Optional[List[TranscriptionLanguage]] = None
    logprobs: Optional[List[Logprob]] = None
    usage: Optional[Usage] = None
