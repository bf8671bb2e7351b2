# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional

from ...._models import BaseModel

__all__ = ["InputTokenDetails", "OutputTokenDetails", "RealtimeResponseUsage"]


class InputTokenDetails(BaseModel):
    audio_tokens: Optional[int] = None
    cached_tokens: Optional[int] = None
    text_tokens: Optional[int] = None


class OutputTokenDetails(BaseModel):
    audio_tokens: Optional[int] = None
    text_tokens: Optional[int] = None


class RealtimeResponseUsage(BaseModel):
    input_token_details: Optional[InputTokenDetails] = None
    input_tokens: Optional[int] = None
    output_token_details: Optional[OutputTokenDetails] = None
    output_tokens: Optional[int] = None
    total_tokens: Optional[int] = None
