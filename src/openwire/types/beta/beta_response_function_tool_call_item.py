# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel
from .beta_response_function_tool_call import Caller
from .beta_response_function_tool_call_output_item import Agent

__all__ = ["BetaResponseFunctionToolCallItem"]


class BetaResponseFunctionToolCallItem(BaseModel):
    id: str
    type: Literal["function_call"]
    call_id: str
    name: str
    arguments: str
    status: Literal["in_progress", "completed", "incomplete"]
    agent: Optional[Agent] = None
    caller: Optional[Caller] = None
    created_by: Optional[str] = None
    namespace: Optional[str] = None
