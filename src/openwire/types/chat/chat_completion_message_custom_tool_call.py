# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["ChatCompletionMessageCustomToolCall", "Custom"]


class Custom(BaseModel):
    name: str
    input: str


class ChatCompletionMessageCustomToolCall(BaseModel):
    id: str
    type: Literal["custom"]
    custom: Custom
