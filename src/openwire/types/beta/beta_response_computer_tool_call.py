# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional
from typing_extensions import Literal

from ..._models import BaseModel
from .beta_computer_action import BetaComputerAction
from .beta_computer_action_list import BetaComputerActionList

__all__ = ["Agent", "BetaResponseComputerToolCall", "PendingSafetyCheck"]


class Agent(BaseModel):
    agent_name: str


class PendingSafetyCheck(BaseModel):
    id: str
    code: Optional[str] = None
    message: Optional[str] = None


class BetaResponseComputerToolCall(BaseModel):
    type: Literal["computer_call"]
    id: str
    call_id: str
    pending_safety_checks: List[PendingSafetyCheck]
    status: Literal["in_progress", "completed", "incomplete"]
    action: Optional[BetaComputerAction] = None
    actions: Optional[BetaComputerActionList] = None
    agent: Optional[Agent] = None
