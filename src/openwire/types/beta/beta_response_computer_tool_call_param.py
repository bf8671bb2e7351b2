# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Iterable, Optional
from typing_extensions import Literal, Required, TypedDict

from .beta_computer_action_list_param import BetaComputerActionListParam
from .beta_computer_action_param import BetaComputerActionParam

__all__ = ["Agent", "BetaResponseComputerToolCallParam", "PendingSafetyCheck"]


class Agent(TypedDict, total=False):
    agent_name: Required[str]


class BetaResponseComputerToolCallParam(TypedDict, total=False):
    type: Required[Literal["computer_call"]]
    id: Required[str]
    call_id: Required[str]
    pending_safety_checks: Required[Iterable["PendingSafetyCheck"]]
    status: Required[Literal["in_progress", "completed", "incomplete"]]
    action: "BetaComputerActionParam"
    actions: "BetaComputerActionListParam"
    agent: Optional["Agent"]


class PendingSafetyCheck(TypedDict, total=False):
    id: Required[str]
    code: Optional[str]
    message: Optional[str]
