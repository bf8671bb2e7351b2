# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional, Union
from typing_extensions import Literal, TypeAlias

from ..._models import BaseModel
from ..responses.response_prompt import ResponsePrompt
from ..responses.tool_choice_function import ToolChoiceFunction
from ..responses.tool_choice_mcp import ToolChoiceMcp
from ..responses.tool_choice_options import ToolChoiceOptions
from ..shared.metadata import Metadata
from .realtime_conversation_item_assistant_message import RealtimeConversationItemAssistantMessage
from .realtime_conversation_item_function_call import RealtimeConversationItemFunctionCall
from .realtime_conversation_item_function_call_output import RealtimeConversationItemFunctionCallOutput
from .realtime_conversation_item_system_message import RealtimeConversationItemSystemMessage
from .realtime_conversation_item_user_message import RealtimeConversationItemUserMessage
from .realtime_function_tool import RealtimeFunctionTool
from .realtime_mcp_approval_request import RealtimeMcpApprovalRequest
from .realtime_mcp_approval_response import RealtimeMcpApprovalResponse
from .realtime_mcp_list_tools import RealtimeMcpListTools
from .realtime_mcp_tool_call import RealtimeMcpToolCall
from .realtime_reasoning import RealtimeReasoning
from .realtime_response_create_audio_output import RealtimeResponseCreateAudioOutput
from .realtime_response_create_mcp_tool import RealtimeResponseCreateMcpTool

__all__ = ["RealtimeResponseCreateParams", "Tool", "ToolChoice"]

ToolChoice: TypeAlias = Union[ToolChoiceOptions, ToolChoiceFunction, ToolChoiceMcp]


Tool: TypeAlias = Union[RealtimeFunctionTool, RealtimeResponseCreateMcpTool]


class RealtimeResponseCreateParams(BaseModel):
    audio: Optional[RealtimeResponseCreateAudioOutput] = None
    conversation: Optional[Union[str, Literal["auto", "none"]]] = None
    input: Optional[
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
    instructions: Optional[str] = None
    max_output_tokens: Optional[Union[int, Literal["inf"]]] = None
    metadata: Optional[Metadata] = None
    output_modalities: Optional[List[Literal["text", "audio"]]] = None
    parallel_tool_calls: Optional[bool] = None
    prompt: Optional[ResponsePrompt] = None
    reasoning: Optional[RealtimeReasoning] = None
    tool_choice: Optional[ToolChoice] = None
    tools: Optional[List[Tool]] = None
