# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from ..._models import BaseModel

__all__ = ["BetaCustomTool", "Format", "FormatGrammar", "FormatText"]


class FormatText(BaseModel):
    type: Literal["text"]


class FormatGrammar(BaseModel):
    type: Literal["grammar"]
    syntax: Literal["lark", "regex"]
    definition: str


Format: TypeAlias = Annotated[Union[FormatText, FormatGrammar], Field(discriminator="type")]


class BetaCustomTool(BaseModel):
    type: Literal["custom"]
    name: str
    allowed_callers: Optional[List[Literal["direct", "programmatic"]]] = None
    defer_loading: Optional[bool] = None
    description: Optional[str] = None
    format: Optional[Format] = None
