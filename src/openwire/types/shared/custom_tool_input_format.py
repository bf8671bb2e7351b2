# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from ..._models import BaseModel

__all__ = ["CustomToolInputFormat", "Grammar", "Text"]


class Text(BaseModel):
    type: Literal["text"]


class Grammar(BaseModel):
    type: Literal["grammar"]
    syntax: Literal["lark", "regex"]
    definition: str


CustomToolInputFormat: TypeAlias = Annotated[Union[Text, Grammar], Field(discriminator="type")]
