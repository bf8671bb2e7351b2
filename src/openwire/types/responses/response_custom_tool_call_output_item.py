# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel
from .response_custom_tool_call_output import Caller, OutputOutputContentList

__all__ = ["ResponseCustomToolCallOutputItem"]


class ResponseCustomToolCallOutputItem(BaseModel):
    type: Literal["custom_tool_call_output"]
    id: str
    call_id: str
    output: OutputOutputContentList
    status: Literal["in_progress", "completed", "incomplete"]
    caller: Optional[Caller] = None
    created_by: Optional[str] = None
