# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional
from typing_extensions import Literal

from ...._models import BaseModel
from .conversation_item_content import ConversationItemContent

__all__ = ["ConversationItem"]


class ConversationItem(BaseModel):
    arguments: Optional[str] = None
    call_id: Optional[str] = None
    content: Optional[List[ConversationItemContent]] = None
    id: Optional[str] = None
    name: Optional[str] = None
    object: Optional[Literal["realtime.item"]] = None
    output: Optional[str] = None
    role: Optional[Literal["assistant", "system", "user"]] = None
    status: Optional[Literal["completed", "incomplete", "in_progress"]] = None
    type: Optional[Literal["function_call", "function_call_output", "message"]] = None
