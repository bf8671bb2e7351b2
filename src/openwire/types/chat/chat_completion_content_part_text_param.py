# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Literal, Required, TypedDict


__all__ = ["ChatCompletionContentPartTextParam", "PromptCacheBreakpoint"]


class ChatCompletionContentPartTextParam(TypedDict, total=False):
    type: Required[Literal["text"]]
    text: Required[str]
    prompt_cache_breakpoint: "PromptCacheBreakpoint"


class PromptCacheBreakpoint(TypedDict, total=False):
    mode: Required[Literal["explicit"]]
