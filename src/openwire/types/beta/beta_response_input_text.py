# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaResponseInputText", "PromptCacheBreakpoint"]


class PromptCacheBreakpoint(BaseModel):
    mode: Literal["explicit"]


class BetaResponseInputText(BaseModel):
    type: Literal["input_text"]
    text: str
    prompt_cache_breakpoint: Optional[PromptCacheBreakpoint] = None
