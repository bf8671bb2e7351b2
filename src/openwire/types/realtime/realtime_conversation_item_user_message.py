# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["Content", "RealtimeConversationItemUserMessage"]


class Content(BaseModel):
    audio: Optional[str] = None
    detail: Optional[Literal["auto", "low", "high"]] = None
    image_url: Optional[str] = None
    text: Optional[str] = None
    transcript: Optional[str] = None
    type: Optional[Literal["input_text", "input_audio", "input_image"]] = None


class RealtimeConversationItemUserMessage(BaseModel):
    type: Literal["message"]
    role: Literal["user"]
    content: List[Content]
    id: Optional[str] = None
    object: Optional[Literal["realtime.item"]] = None
    status: Optional[Literal["completed", "incomplete", "in_progress"]] = None
