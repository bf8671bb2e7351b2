# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ....._models import BaseModel

__all__ = ["Function", "FunctionToolCallDelta"]


class Function(BaseModel):
    arguments: Optional[str] = None
    name: Optional[str] = None
    output: Optional[str] = None


class FunctionToolCallDelta(BaseModel):
    index: int
    type: Literal["function"]
    function: Optional[Function] = None
    id: Optional[str] = None
