# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Dict, Iterable, Optional, Union
from typing_extensions import Literal, Required, TypedDict

from ...realtime.realtime_conversation_item_assistant_message_param import RealtimeConversationItemAssistantMessageParam
from ...realtime.realtime_conversation_item_function_call_output_param import (
    RealtimeConversationItemFunctionCallOutputParam,
)
from ...realtime.realtime_conversation_item_function_call_param import RealtimeConversationItemFunctionCallParam
from ...realtime.realtime_conversation_item_system_message_param import RealtimeConversationItemSystemMessageParam
from ...realtime.realtime_conversation_item_user_message_param import RealtimeConversationItemUserMessageParam
from ...realtime.realtime_mcp_approval_request_param import RealtimeMcpApprovalRequestParam
from ...realtime.realtime_mcp_approval_response_param import RealtimeMcpApprovalResponseParam
from ...realtime.realtime_mcp_list_tools_param import RealtimeMcpListToolsParam
from ...realtime.realtime_mcp_tool_call_param import RealtimeMcpToolCallParam
from ...realtime.realtime_tool_choice_config_param import RealtimeToolChoiceConfigParam
from ...realtime.realtime_tools_config_param import RealtimeToolsConfigParam
from ...shared.metadata import Metadata

__all__ = ["Response", "ResponseCreateEventParam", "ResponseTool"]


class Response(TypedDict, total=False):
    conversation: Union[str, Literal["auto", "none"]]
    input: Iterable[
        Union[
            "RealtimeConversationItemSystemMessageParam",
            "RealtimeConversationItemUserMessageParam",
            "RealtimeConversationItemAssistantMessageParam",
            "RealtimeConversationItemFunctionCallParam",
            "RealtimeConversationItemFunctionCallOutputParam",
            "RealtimeMcpApprovalResponseParam",
            "RealtimeMcpListToolsParam",
            "RealtimeMcpToolCallParam",
            "RealtimeMcpApprovalRequestParam",
        ]
    ]
    instructions: str
    max_response_output_tokens: object
    metadata: Optional["Metadata"]
    modalities: object
    output_audio_format: Literal["g711_alaw", "g711_ulaw", "pcm16"]
    temperature: float
    tool_choice: "RealtimeToolChoiceConfigParam"
    tools: "RealtimeToolsConfigParam"
    voice: object


class ResponseCreateEventParam(TypedDict, total=False):
    type: Required[Literal["response.create"]]
    event_id: str
    response: "Response"


class ResponseTool(TypedDict, total=False):
    description: str
    name: str
    parameters: Dict[str, object]
    type: Literal["function"]
