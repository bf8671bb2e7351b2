# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["Conversation", "ConversationCreatedEvent"]


class Conversation(BaseModel):
    id: Optional[str] = None
    object: Optional[Literal["realtime.conversation"]] = None


class ConversationCreatedEvent(BaseModel):
    event_id: str
    type: Literal["conversation.created"]
    conversation: Conversation
