# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Optional
from typing_extensions import Literal, Required, TypedDict


__all__ = ["BetaResponseInputFileParam", "PromptCacheBreakpoint"]


class BetaResponseInputFileParam(TypedDict, total=False):
    type: Required[Literal["input_file"]]
    detail: Literal["auto", "low", "high"]
    file_data: str
    file_id: Optional[str]
    file_url: str
    filename: str
    prompt_cache_breakpoint: "PromptCacheBreakpoint"


class PromptCacheBreakpoint(TypedDict, total=False):
    mode: Required[Literal["explicit"]]
