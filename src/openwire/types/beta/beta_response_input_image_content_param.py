# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Optional
from typing_extensions import Literal, Required, TypedDict


__all__ = ["BetaResponseInputImageContentParam", "PromptCacheBreakpoint"]


class BetaResponseInputImageContentParam(TypedDict, total=False):
    type: Required[Literal["input_image"]]
    detail: Optional[Literal["low", "high", "auto", "original"]]
    file_id: Optional[str]
    image_url: Optional[str]
    prompt_cache_breakpoint: Optional["PromptCacheBreakpoint"]


class PromptCacheBreakpoint(TypedDict, total=False):
    mode: Required[Literal["explicit"]]
