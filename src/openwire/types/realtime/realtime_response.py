# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional, Union
from typing_extensions import Literal

from ..._models import BaseModel
from ..shared.metadata import Metadata
from .realtime_audio_formats import RealtimeAudioFormats
from .realtime_conversation_item_assistant_message import RealtimeConversationItemAssistantMessage
from .realtime_conversation_item_function_call import RealtimeConversationItemFunctionCall
from .realtime_conversation_item_function_call_output import RealtimeConversationItemFunctionCallOutput
from .realtime_conversation_item_system_message import RealtimeConversationItemSystemMessage
from .realtime_conversation_item_user_message import RealtimeConversationItemUserMessage
from .realtime_mcp_approval_request import RealtimeMcpApprovalRequest
from .realtime_mcp_approval_response import RealtimeMcpApprovalResponse
from .realtime_mcp_list_tools import RealtimeMcpListTools
from .realtime_mcp_tool_call import RealtimeMcpToolCall
from .realtime_response_status import RealtimeResponseStatus
from .realtime_response_usage import RealtimeResponseUsage

__all__ = ["Audio", "AudioOutput", "RealtimeResponse"]


class AudioOutput(BaseModel):
    format: Optional[RealtimeAudioFormats] = None
    voice: Optional[
        Union[str, Literal["alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse", "marin", "cedar"]]
    ] = None


class Audio(BaseModel):
    output: Optional[AudioOutput] = None


class RealtimeResponse(BaseModel):
    audio: Optional[Audio] = None
    conversation_id: Optional[str] = None
    id: Optional[str] = None
    max_output_tokens: Optional[Union[int, Literal["inf"]]] = None
    metadata: Optional[Metadata] = None
    object: Optional[Literal["realtime.response"]] = None
    output: Optional[
        List[
            Union[
                RealtimeConversationItemSystemMessage,
                RealtimeConversationItemUserMessage,
                RealtimeConversationItemAssistantMessage,
                RealtimeConversationItemFunctionCall,
                RealtimeConversationItemFunctionCallOutput,
                RealtimeMcpApprovalResponse,
                RealtimeMcpListTools,
                RealtimeMcpToolCall,
                RealtimeMcpApprovalRequest,
            ]
        ]
    ] = None
    output_modalities: Optional[List[Literal["text", "audio"]]] = None
    status: Optional[Literal["completed", "cancelled", "failed", "incomplete", "in_progress"]] = None
    status_details: Optional[RealtimeResponseStatus] = None
    usage: Optional[RealtimeResponseUsage] = None
