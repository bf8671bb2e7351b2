# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Optional
from typing_extensions import Literal, Required, TypedDict


__all__ = ["BetaResponseInputFileContentParam", "PromptCacheBreakpoint"]


class BetaResponseInputFileContentParam(TypedDict, total=False):
    type: Required[Literal["input_file"]]
    detail: Literal["auto", "low", "high"]
    file_data: Optional[str]
    file_id: Optional[str]
    file_url: Optional[str]
    filename: Optional[str]
    prompt_cache_breakpoint: Optional["PromptCacheBreakpoint"]


class PromptCacheBreakpoint(TypedDict, total=False):
    mode: Required[Literal["explicit"]]
