# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Dict, List, Optional, Union
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
from ...realtime.realtime_tool_choice_config import RealtimeToolChoiceConfig
from ...realtime.realtime_tools_config import RealtimeToolsConfig
from ...shared.metadata import Metadata
from .conversation_item import ConversationItem

__all__ = ["Response", "ResponseCreateEvent", "ResponseTool"]


class Response(BaseModel):
    conversation: Optional[Union[str, Literal["auto", "none"]]] = None
    input: Optional[
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
    instructions: Optional[str] = None
    max_response_output_tokens: Optional[object] = None
    metadata: Optional[Metadata] = None
    modalities: Optional[object] = None
    output_audio_format: Optional[Literal["g711_alaw", "g711_ulaw", "pcm16"]] = None
    temperature: Optional[float] = None
    tool_choice: Optional[RealtimeToolChoiceConfig] = None
    tools: Optional[RealtimeToolsConfig] = None
    voice: Optional[object] = None


class ResponseCreateEvent(BaseModel):
    type: Literal["response.create"]
    event_id: Optional[str] = None
    response: Optional[Response] = None


class ResponseTool(BaseModel):
    description: Optional[str] = None
    name: Optional[str] = None
    parameters: Optional[Dict[str, object]] = None
    type: Optional[Literal["function"]] = None
