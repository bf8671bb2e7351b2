# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["Content", "RealtimeConversationItemSystemMessage"]


class Content(BaseModel):
    text: Optional[str] = None
    type: Optional[Literal["input_text"]] = None


class RealtimeConversationItemSystemMessage(BaseModel):
    type: Literal["message"]
    role: Literal["system"]
    content: List[Content]
    id: Optional[str] = None
    object: Optional[Literal["realtime.item"]] = None
    status: Optional[Literal["completed", "incomplete", "in_progress"]] = None
