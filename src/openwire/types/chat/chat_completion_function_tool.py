# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel
from ..shared.function_definition import FunctionDefinition

__all__ = ["ChatCompletionFunctionTool"]


class ChatCompletionFunctionTool(BaseModel):
    type: Literal["function"]
    function: FunctionDefinition
