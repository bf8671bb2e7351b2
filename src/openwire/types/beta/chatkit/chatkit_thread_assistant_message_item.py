# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List
from typing_extensions import Literal

from ...._models import BaseModel
from .chatkit_response_output_text import ChatKitResponseOutputText

__all__ = ["ChatKitThreadAssistantMessageItem"]


class ChatKitThreadAssistantMessageItem(BaseModel):
    id: str
    object: Literal["chatkit.thread_item"]
    created_at: int
    thread_id: str
    type: Literal["chatkit.assistant_message"]
    content: List[ChatKitResponseOutputText]
