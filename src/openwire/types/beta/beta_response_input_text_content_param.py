# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Optional
from typing_extensions import Literal, Required, TypedDict


__all__ = ["BetaResponseInputTextContentParam", "PromptCacheBreakpoint"]


class BetaResponseInputTextContentParam(TypedDict, total=False):
    type: Required[Literal["input_text"]]
    text: Required[str]
    prompt_cache_breakpoint: Optional["PromptCacheBreakpoint"]


class PromptCacheBreakpoint(TypedDict, total=False):
    mode: Required[Literal["explicit"]]
