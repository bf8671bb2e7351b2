# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel
from .beta_response_custom_tool_call_output import Agent, Caller, OutputOutputContentList

__all__ = ["BetaResponseCustomToolCallOutputItem"]


class BetaResponseCustomToolCallOutputItem(BaseModel):
    type: Literal["custom_tool_call_output"]
    id: str
    call_id: str
    output: OutputOutputContentList
    status: Literal["in_progress", "completed", "incomplete"]
    agent: Optional[Agent] = None
    caller: Optional[Caller] = None
    created_by: Optional[str] = None
