# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Literal, Required, TypedDict


__all__ = ["ChatCompletionContentPartImageParam", "ImageURL", "PromptCacheBreakpoint"]


class ChatCompletionContentPartImageParam(TypedDict, total=False):
    type: Required[Literal["image_url"]]
    image_url: Required["ImageURL"]
    prompt_cache_breakpoint: "PromptCacheBreakpoint"


class ImageURL(TypedDict, total=False):
    url: Required[str]
    detail: Literal["auto", "low", "high"]


class PromptCacheBreakpoint(TypedDict, total=False):
    mode: Required[Literal["explicit"]]
