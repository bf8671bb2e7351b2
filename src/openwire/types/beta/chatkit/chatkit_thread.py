# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from ...._models import BaseModel

__all__ = ["ChatKitThread", "Status", "StatusActive", "StatusClosed", "StatusLocked"]


class StatusActive(BaseModel):
    type: Literal["active"]


class StatusLocked(BaseModel):
    type: Literal["locked"]
    reason: Optional[str] = None


class StatusClosed(BaseModel):
    type: Literal["closed"]
    reason: Optional[str] = None


Status: TypeAlias = Annotated[Union[StatusActive, StatusLocked, StatusClosed], Field(discriminator="type")]


class ChatKitThread(BaseModel):
    id: str
    object: Literal["chatkit.thread"]
    created_at: int
    status: Status
    user: str
    title: Optional[str] = None
