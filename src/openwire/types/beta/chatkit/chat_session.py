# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel
from ..chatkit_workflow import ChatKitWorkflow
from .chat_session_chatkit_configuration import ChatSessionChatKitConfiguration
from .chat_session_rate_limits import ChatSessionRateLimits
from .chat_session_status import ChatSessionStatus

__all__ = ["ChatSession"]


class ChatSession(BaseModel):
    id: str
    object: Literal["chatkit.session"]
    expires_at: int
    client_secret: str
    workflow: ChatKitWorkflow
    user: str
    rate_limits: ChatSessionRateLimits
    max_requests_per_1_minute: int
    status: ChatSessionStatus
    chatkit_configuration: ChatSessionChatKitConfiguration
