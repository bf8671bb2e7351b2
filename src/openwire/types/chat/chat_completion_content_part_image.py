# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["ChatCompletionContentPartImage", "ImageURL", "PromptCacheBreakpoint"]


class ImageURL(BaseModel):
    url: str
    detail: Optional[Literal["auto", "low", "high"]] = None


class PromptCacheBreakpoint(BaseModel):
    mode: Literal["explicit"]


class ChatCompletionContentPartImage(BaseModel):
    type: Literal["image_url"]
    image_url: ImageURL
    prompt_cache_breakpoint: Optional[PromptCacheBreakpoint] = None
