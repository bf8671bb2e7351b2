# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional

from ..._models import BaseModel

__all__ = ["RealtimeError"]


class RealtimeError(BaseModel):
    type: str
    message: str
    code: Optional[str] = None
    event_id: Optional[str] = None
    param: Optional[str] = None
