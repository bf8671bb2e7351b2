# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaResponseInputImage", "PromptCacheBreakpoint"]


class PromptCacheBreakpoint(BaseModel):
    mode: Literal["explicit"]


class BetaResponseInputImage(BaseModel):
    type: Literal["input_image"]
    detail: Literal["low", "high", "auto", "original"]
    file_id: Optional[str] = None
    image_url: Optional[str] = None
    prompt_cache_breakpoint: Optional[PromptCacheBreakpoint] = None
