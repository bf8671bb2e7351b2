# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Iterable, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..._types import SequenceNotStr
from .computer_action_list_param import ComputerActionListParam

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
    "ResponseComputerToolCallParam",
]


class ActionClick(TypedDict, total=False):
    type: Required[Literal["click"]]
    button: Required[Literal["left", "right", "wheel", "back", "forward"]]
    x: Required[int]
    y: Required[int]
    keys: Optional[SequenceNotStr[str]]


class ActionDoubleClick(TypedDict, total=False):
    type: Required[Literal["double_click"]]
    x: Required[int]
    y: Required[int]
    keys: Required[Optional[SequenceNotStr[str]]]


class ActionDrag(TypedDict, total=False):
    type: Required[Literal["drag"]]
    path: Required[Iterable["ActionDragPath"]]
    keys: Optional[SequenceNotStr[str]]


class ActionKeypress(TypedDict, total=False):
    type: Required[Literal["keypress"]]
    keys: Required[SequenceNotStr[str]]


class ActionMove(TypedDict, total=False):
    type: Required[Literal["move"]]
    x: Required[int]
    y: Required[int]
    keys: Optional[SequenceNotStr[str]]


class ActionScreenshot(TypedDict, total=False):
    type: Required[Literal["screenshot"]]


class ActionScroll(TypedDict, total=False):
    type: Required[Literal["scroll"]]
    x: Required[int]
    y: Required[int]
    scroll_x: Required[int]
    scroll_y: Required[int]
    keys: Optional[SequenceNotStr[str]]


class ActionType(TypedDict, total=False):
    type: Required[Literal["type"]]
    text: Required[str]


class ActionWait(TypedDict, total=False):
    type: Required[Literal["wait"]]


Action: TypeAlias = Union[
    ActionClick,
    ActionDoubleClick,
    ActionDrag,
    ActionKeypress,
    ActionMove,
    ActionScreenshot,
    ActionScroll,
    ActionType,
    ActionWait,
]


class ActionDragPath(TypedDict, total=False):
    x: Required[int]
    y: Required[int]


class PendingSafetyCheck(TypedDict, total=False):
    id: Required[str]
    code: Optional[str]
    message: Optional[str]


class ResponseComputerToolCallParam(TypedDict, total=False):
    type: Required[Literal["computer_call"]]
    id: Required[str]
    call_id: Required[str]
    pending_safety_checks: Required[Iterable["PendingSafetyCheck"]]
    status: Required[Literal["in_progress", "completed", "incomplete"]]
    action: "Action"
    actions: "ComputerActionListParam"
