# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from .response_custom_tool_call_output import ResponseCustomToolCallOutput

__all__ = ["ResponseCustomToolCallOutputItem"]


class ResponseCustomToolCallOutputItem(ResponseCustomToolCallOutput):
    id: str
    status: Literal["in_progress", "completed", "incomplete"]
    created_by: Optional[str] = None
