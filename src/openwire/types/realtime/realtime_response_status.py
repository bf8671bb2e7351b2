# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["Error", "RealtimeResponseStatus"]


class Error(BaseModel):
    code: Optional[str] = None
    type: Optional[str] = None


class RealtimeResponseStatus(BaseModel):
    error: Optional[Error] = None
    reason: Optional[Literal["turn_detected", "client_cancelled", "max_output_tokens", "content_filter"]] = None
    type: Optional[Literal["completed", "cancelled", "incomplete", "failed"]] = None
