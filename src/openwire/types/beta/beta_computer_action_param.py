# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Iterable, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..._types import SequenceNotStr

__all__ = [
    "BetaComputerActionParam",
    "Click",
    "DoubleClick",
    "Drag",
    "DragPath",
    "Keypress",
    "Move",
    "Screenshot",
    "Scroll",
    "Type",
    "Wait",
]


class Click(TypedDict, total=False):
    type: Required[Literal["click"]]
    button: Required[Literal["left", "right", "wheel", "back", "forward"]]
    x: Required[int]
    y: Required[int]
    keys: Optional[SequenceNotStr[str]]


class DoubleClick(TypedDict, total=False):
    type: Required[Literal["double_click"]]
    x: Required[int]
    y: Required[int]
    keys: Required[Optional[SequenceNotStr[str]]]


class Drag(TypedDict, total=False):
    type: Required[Literal["drag"]]
    path: Required[Iterable["DragPath"]]
    keys: Optional[SequenceNotStr[str]]


class Keypress(TypedDict, total=False):
    type: Required[Literal["keypress"]]
    keys: Required[SequenceNotStr[str]]


class Move(TypedDict, total=False):
    type: Required[Literal["move"]]
    x: Required[int]
    y: Required[int]
    keys: Optional[SequenceNotStr[str]]


class Screenshot(TypedDict, total=False):
    type: Required[Literal["screenshot"]]


class Scroll(TypedDict, total=False):
    type: Required[Literal["scroll"]]
    x: Required[int]
    y: Required[int]
    scroll_x: Required[int]
    scroll_y: Required[int]
    keys: Optional[SequenceNotStr[str]]


class Type(TypedDict, total=False):
    type: Required[Literal["type"]]
    text: Required[str]


class Wait(TypedDict, total=False):
    type: Required[Literal["wait"]]


BetaComputerActionParam: TypeAlias = Union[Click, DoubleClick, Drag, Keypress, Move, Screenshot, Scroll, Type, Wait]


class DragPath(TypedDict, total=False):
    x: Required[int]
    y: Required[int]
