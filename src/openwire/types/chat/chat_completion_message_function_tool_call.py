# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["ChatCompletionMessageFunctionToolCall", "Function"]


class Function(BaseModel):
    name: str
    arguments: str


class ChatCompletionMessageFunctionToolCall(BaseModel):
    id: str
    type: Literal["function"]
    function: Function
