# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional, Union
from typing_extensions import Literal

from ...._models import BaseModel
from ...realtime.realtime_conversation_item_assistant_message import RealtimeConversationItemAssistantMessage
from ...realtime.realtime_conversation_item_function_call_output import RealtimeConversationItemFunctionCallOutput
from ...realtime.realtime_conversation_item_system_message import RealtimeConversationItemSystemMessage
from ...realtime.realtime_conversation_item_user_message import RealtimeConversationItemUserMessage
from ...realtime.realtime_mcp_approval_request import RealtimeMcpApprovalRequest
from ...realtime.realtime_mcp_approval_response import RealtimeMcpApprovalResponse
from ...realtime.realtime_mcp_list_tools import RealtimeMcpListTools
from ...realtime.realtime_mcp_tool_call import RealtimeMcpToolCall
from .conversation_item import ConversationItem

__all__ = ["ConversationItemCreatedEvent"]


class ConversationItemCreatedEvent(BaseModel):
    event_id: str
    type: Literal["conversation.item.created"]
    item: Union[
        RealtimeConversationItemSystemMessage,
        RealtimeConversationItemUserMessage,
        RealtimeConversationItemAssistantMessage,
        ConversationItem,
        RealtimeConversationItemFunctionCallOutput,
        RealtimeMcpApprovalResponse,
        RealtimeMcpListTools,
        RealtimeMcpToolCall,
        RealtimeMcpApprovalRequest,
    ]
    previous_item_id: Optional[str] = None
