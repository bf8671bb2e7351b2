# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional

from ..._models import BaseModel

__all__ = ["CachedTokensDetails", "RealtimeResponseUsageInputTokenDetails"]


class CachedTokensDetails(BaseModel):
    audio_tokens: Optional[int] = None
    image_tokens: Optional[int] = None
    text_tokens: Optional[int] = None


class RealtimeResponseUsageInputTokenDetails(BaseModel):
    audio_tokens: Optional[int] = None
    cached_tokens: Optional[int] = None
    cached_tokens_details: Optional[CachedTokensDetails] = None
    image_tokens: Optional[int] = None
    text_tokens: Optional[int] = None
