# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

import builtins
from typing import List, Optional, Union
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
from ...shared.metadata import Metadata
from .conversation_item import ConversationItem
from .realtime_response_status import RealtimeResponseStatus
from .realtime_response_usage import RealtimeResponseUsage

__all__ = ["RealtimeResponse"]


class RealtimeResponse(BaseModel):
    conversation_id: Optional[str] = None
    id: Optional[str] = None
    max_output_tokens: Optional[Union[int, Literal["inf"]]] = None
    metadata: Optional[Metadata] = None
    modalities: Optional[builtins.object] = None
    object: Optional[Literal["realtime.response"]] = None
    output: Optional[
        List[
            Union[
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
        ]
    ] = None
    output_audio_format: Optional[Literal["g711_alaw", "g711_ulaw", "pcm16"]] = None
    status: Optional[Literal["completed", "cancelled", "failed", "incomplete", "in_progress"]] = None
    status_details: Optional[RealtimeResponseStatus] = None
    temperature: Optional[float] = None
    usage: Optional[RealtimeResponseUsage] = None
    voice: Optional[builtins.object] = None
