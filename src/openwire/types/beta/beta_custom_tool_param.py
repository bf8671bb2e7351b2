# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import List, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict


__all__ = ["BetaCustomToolParam", "Format", "FormatGrammar", "FormatText"]


class BetaCustomToolParam(TypedDict, total=False):
    type: Required[Literal["custom"]]
    name: Required[str]
    allowed_callers: Optional[List[Literal["direct", "programmatic"]]]
    defer_loading: bool
    description: str
    format: "Format"


class FormatText(TypedDict, total=False):
    type: Required[Literal["text"]]


class FormatGrammar(TypedDict, total=False):
    type: Required[Literal["grammar"]]
    syntax: Required[Literal["lark", "regex"]]
    definition: Required[str]


Format: TypeAlias = Union[FormatText, FormatGrammar]
