# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from ..._models import BaseModel

__all__ = [
    "Click",
    "ComputerAction",
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


class Click(BaseModel):
    type: Literal["click"]
    button: Literal["left", "right", "wheel", "back", "forward"]
    x: int
    y: int
    keys: Optional[List[str]] = None


class DoubleClick(BaseModel):
    type: Literal["double_click"]
    x: int
    y: int
    keys: Optional[List[str]] = None


class DragPath(BaseModel):
    x: int
    y: int


class Drag(BaseModel):
    type: Literal["drag"]
    path: List[DragPath]
    keys: Optional[List[str]] = None


class Keypress(BaseModel):
    type: Literal["keypress"]
    keys: List[str]


class Move(BaseModel):
    type: Literal["move"]
    x: int
    y: int
    keys: Optional[List[str]] = None


class Screenshot(BaseModel):
    type: Literal["screenshot"]


class Scroll(BaseModel):
    type: Literal["scroll"]
    x: int
    y: int
    scroll_x: int
    scroll_y: int
    keys: Optional[List[str]] = None


class Type(BaseModel):
    type: Literal["type"]
    text: str


class Wait(BaseModel):
    type: Literal["wait"]


ComputerAction: TypeAlias = Annotated[
    Union[Click, DoubleClick, Drag, Keypress, Move, Screenshot, Scroll, Type, Wait], Field(discriminator="type")
]
