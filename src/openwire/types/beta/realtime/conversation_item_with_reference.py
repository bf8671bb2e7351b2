# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional
from typing_extensions import Literal

from ...._models import BaseModel

__all__ = ["Content", "ConversationItemWithReference"]


class Content(BaseModel):
    audio: Optional[str] = None
    id: Optional[str] = None
    text: Optional[str] = None
    transcript: Optional[str] = None
    type: Optional[Literal["input_text", "input_audio", "item_reference", "text"]] = None


class ConversationItemWithReference(BaseModel):
    arguments: Optional[str] = None
    call_id: Optional[str] = None
    content: Optional[List[Content]] = None
    id: Optional[str] = None
    name: Optional[str] = None
    object: Optional[Literal["realtime.item"]] = None
    output: Optional[str] = None
    role: Optional[Literal["user", "assistant", "system"]] = None
    status: Optional[Literal["completed", "incomplete", "in_progress"]] = None
    type: Optional[Literal["message", "function_call", "function_call_output", "item_reference"]] = None
