# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List
from typing_extensions import Literal

from ....._models import BaseModel
from .tool_call import ToolCall

__all__ = ["ToolCallsStepDetails"]


class ToolCallsStepDetails(BaseModel):
    type: Literal["tool_calls"]
    tool_calls: List[ToolCall]
