# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Literal, Required, TypedDict


__all__ = ["BetaResponseInputTextParam", "PromptCacheBreakpoint"]


class BetaResponseInputTextParam(TypedDict, total=False):
    type: Required[Literal["input_text"]]
    text: Required[str]
    prompt_cache_breakpoint: "PromptCacheBreakpoint"


class PromptCacheBreakpoint(TypedDict, total=False):
    mode: Required[Literal["explicit"]]
