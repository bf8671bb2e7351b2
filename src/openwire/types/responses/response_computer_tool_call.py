# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from ..._models import BaseModel
from .computer_action_list import ComputerActionList

__all__ = [
    "Action",
    "ActionClick",
    "ActionDoubleClick",
    "ActionDrag",
    "ActionDragPath",
    "ActionKeypress",
    "ActionMove",
    "ActionScreenshot",
    "ActionScroll",
    "ActionType",
    "ActionWait",
    "PendingSafetyCheck",
    "ResponseComputerToolCall",
]


class ActionClick(BaseModel):
    type: Literal["click"]
    button: Literal["left", "right", "wheel", "back", "forward"]
    x: int
    y: int
    keys: Optional[List[str]] = None


class ActionDoubleClick(BaseModel):
    type: Literal["double_click"]
    x: int
    y: int
    keys: Optional[List[str]] = None


class ActionDragPath(BaseModel):
    x: int
    y: int


class ActionDrag(BaseModel):
    type: Literal["drag"]
    path: List[ActionDragPath]
    keys: Optional[List[str]] = None


class ActionKeypress(BaseModel):
    type: Literal["keypress"]
    keys: List[str]


class ActionMove(BaseModel):
    type: Literal["move"]
    x: int
    y: int
    keys: Optional[List[str]] = None


class ActionScreenshot(BaseModel):
    type: Literal["screenshot"]


class ActionScroll(BaseModel):
    type: Literal["scroll"]
    x: int
    y: int
    scroll_x: int
    scroll_y: int
    keys: Optional[List[str]] = None


class ActionType(BaseModel):
    type: Literal["type"]
    text: str


class ActionWait(BaseModel):
    type: Literal["wait"]


Action: TypeAlias = Annotated[
    Union[
        ActionClick,
        ActionDoubleClick,
        ActionDrag,
        ActionKeypress,
        ActionMove,
        ActionScreenshot,
        ActionScroll,
        ActionType,
        ActionWait,
    ],
    Field(discriminator="type"),
]


class PendingSafetyCheck(BaseModel):
    id: str
    code: Optional[str] = None
    message: Optional[str] = None


class ResponseComputerToolCall(BaseModel):
    type: Literal["computer_call"]
    id: str
    call_id: str
    pending_safety_checks: List[PendingSafetyCheck]
    status: Literal["in_progress", "completed", "incomplete"]
    action: Optional[Action] = None
    actions: Optional[ComputerActionList] = None
