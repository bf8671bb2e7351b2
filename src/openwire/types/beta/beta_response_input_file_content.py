# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaResponseInputFileContent", "PromptCacheBreakpoint"]


class PromptCacheBreakpoint(BaseModel):
    mode: Literal["explicit"]


class BetaResponseInputFileContent(BaseModel):
    type: Literal["input_file"]
    detail: Optional[Literal["auto", "low", "high"]] = None
    file_data: Optional[str] = None
    file_id: Optional[str] = None
    file_url: Optional[str] = None
    filename: Optional[str] = None
    prompt_cache_breakpoint: Optional[PromptCacheBreakpoint] = None
