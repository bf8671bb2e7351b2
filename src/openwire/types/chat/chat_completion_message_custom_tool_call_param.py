# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Literal, Required, TypedDict


__all__ = ["ChatCompletionMessageCustomToolCallParam", "Custom"]


class ChatCompletionMessageCustomToolCallParam(TypedDict, total=False):
    id: Required[str]
    type: Required[Literal["custom"]]
    custom: Required["Custom"]


class Custom(TypedDict, total=False):
    name: Required[str]
    input: Required[str]
