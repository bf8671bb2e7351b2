# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations


from ...._models import BaseModel
from .chat_session_automatic_thread_titling import ChatSessionAutomaticThreadTitling
from .chat_session_file_upload import ChatSessionFileUpload
from .chat_session_history import ChatSessionHistory

__all__ = ["ChatSessionChatKitConfiguration"]


class ChatSessionChatKitConfiguration(BaseModel):
    automatic_thread_titling: ChatSessionAutomaticThreadTitling
    file_upload: ChatSessionFileUpload
    history: ChatSessionHistory
