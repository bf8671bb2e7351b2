# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict


__all__ = ["CustomToolInputFormat", "Grammar", "Text"]


class Text(TypedDict, total=False):
    type: Required[Literal["text"]]


class Grammar(TypedDict, total=False):
    type: Required[Literal["grammar"]]
    syntax: Required[Literal["lark", "regex"]]
    definition: Required[str]


CustomToolInputFormat: TypeAlias = Union[Text, Grammar]
