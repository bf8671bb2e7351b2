# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ...._models import BaseModel

__all__ = ["Error", "ErrorEvent"]


class Error(BaseModel):
    type: str
    message: str
    code: Optional[str] = None
    event_id: Optional[str] = None
    param: Optional[str] = None


class ErrorEvent(BaseModel):
    event_id: str
    type: Literal["error"]
    error: Error
