# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["RealtimeConversationItemFunctionCallOutput"]


class RealtimeConversationItemFunctionCallOutput(BaseModel):
    type: Literal["function_call_output"]
    call_id: str
    output: str
    id: Optional[str] = None
    object: Optional[Literal["realtime.item"]] = None
    status: Optional[Literal["completed", "incomplete", "in_progress"]] = None
