# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Literal, Required, TypedDict


__all__ = ["ChatCompletionMessageFunctionToolCallParam", "Function"]


class ChatCompletionMessageFunctionToolCallParam(TypedDict, total=False):
    id: Required[str]
    type: Required[Literal["function"]]
    function: Required["Function"]


class Function(TypedDict, total=False):
    name: Required[str]
    arguments: Required[str]
