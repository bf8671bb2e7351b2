# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict


__all__ = [
    "ChatCompletionCustomToolParam",
    "Custom",
    "CustomFormat",
    "CustomFormatGrammar",
    "CustomFormatGrammarGrammar",
    "CustomFormatText",
]


class ChatCompletionCustomToolParam(TypedDict, total=False):
    type: Required[Literal["custom"]]
    custom: Required["Custom"]


class Custom(TypedDict, total=False):
    name: Required[str]
    description: str
    format: "CustomFormat"


class CustomFormatText(TypedDict, total=False):
    type: Required[Literal["text"]]


class CustomFormatGrammar(TypedDict, total=False):
    type: Required[Literal["grammar"]]
    grammar: Required["CustomFormatGrammarGrammar"]


CustomFormat: TypeAlias = Union[CustomFormatText, CustomFormatGrammar]


class CustomFormatGrammarGrammar(TypedDict, total=False):
    definition: Required[str]
    syntax: Required[Literal["lark", "regex"]]
