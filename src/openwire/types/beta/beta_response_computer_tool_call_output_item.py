# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional
from typing_extensions import Literal

from ..._models import BaseModel
from .beta_response_computer_tool_call_output_screenshot import BetaResponseComputerToolCallOutputScreenshot

__all__ = ["AcknowledgedSafetyCheck", "Agent", "BetaResponseComputerToolCallOutputItem"]


class AcknowledgedSafetyCheck(BaseModel):
    id: str
    code: Optional[str] = None
    message: Optional[str] = None


class Agent(BaseModel):
    agent_name: str


class BetaResponseComputerToolCallOutputItem(BaseModel):
    type: Literal["computer_call_output"]
    id: str
    call_id: str
    output: BetaResponseComputerToolCallOutputScreenshot
    status: Literal["completed", "failed", "in_progress", "incomplete"]
    acknowledged_safety_checks: Optional[List[AcknowledgedSafetyCheck]] = None
    agent: Optional[Agent] = None
    created_by: Optional[str] = None
