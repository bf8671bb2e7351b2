# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ....._models import BaseModel

__all__ = ["Function", "FunctionToolCall"]


class Function(BaseModel):
    name: str
    arguments: str
    output: Optional[str] = None


class FunctionToolCall(BaseModel):
    id: str
    type: Literal["function"]
    function: Function
