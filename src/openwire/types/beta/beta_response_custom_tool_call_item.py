# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel
from .beta_response_custom_tool_call import Caller
from .beta_response_custom_tool_call_input_done_event import Agent

__all__ = ["BetaResponseCustomToolCallItem"]


class BetaResponseCustomToolCallItem(BaseModel):
    type: Literal["custom_tool_call"]
    id: str
    call_id: str
    name: str
    input: str
    status: Literal["in_progress", "completed", "incomplete"]
    agent: Optional[Agent] = None
    caller: Optional[Caller] = None
    created_by: Optional[str] = None
    namespace: Optional[str] = None
