# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Literal, Required, TypedDict


__all__ = ["ChatCompletionNamedToolChoiceCustomParam", "Custom"]


class ChatCompletionNamedToolChoiceCustomParam(TypedDict, total=False):
    type: Required[Literal["custom"]]
    custom: Required["Custom"]


class Custom(TypedDict, total=False):
    name: Required[str]
