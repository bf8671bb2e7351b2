# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Optional
from typing_extensions import Literal, Required, TypedDict


__all__ = ["BetaResponseInputImageParam", "PromptCacheBreakpoint"]


class BetaResponseInputImageParam(TypedDict, total=False):
    type: Required[Literal["input_image"]]
    detail: Required[Literal["low", "high", "auto", "original"]]
    file_id: Optional[str]
    image_url: Optional[str]
    prompt_cache_breakpoint: "PromptCacheBreakpoint"


class PromptCacheBreakpoint(TypedDict, total=False):
    mode: Required[Literal["explicit"]]
