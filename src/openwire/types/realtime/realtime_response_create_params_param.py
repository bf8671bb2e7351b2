# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Iterable, List, Optional, Union
from typing_extensions import Literal, TypeAlias, TypedDict

from ..responses.response_prompt_param import ResponsePromptParam
from ..responses.tool_choice_function_param import ToolChoiceFunctionParam
from ..responses.tool_choice_mcp_param import ToolChoiceMcpParam
from ..responses.tool_choice_options import ToolChoiceOptions
from ..shared.metadata import Metadata
from .realtime_conversation_item_assistant_message_param import RealtimeConversationItemAssistantMessageParam
from .realtime_conversation_item_function_call_output_param import RealtimeConversationItemFunctionCallOutputParam
from .realtime_conversation_item_function_call_param import RealtimeConversationItemFunctionCallParam
from .realtime_conversation_item_system_message_param import RealtimeConversationItemSystemMessageParam
from .realtime_conversation_item_user_message_param import RealtimeConversationItemUserMessageParam
from .realtime_function_tool_param import RealtimeFunctionToolParam
from .realtime_mcp_approval_request_param import RealtimeMcpApprovalRequestParam
from .realtime_mcp_approval_response_param import RealtimeMcpApprovalResponseParam
from .realtime_mcp_list_tools_param import RealtimeMcpListToolsParam
from .realtime_mcp_tool_call_param import RealtimeMcpToolCallParam
from .realtime_reasoning_param import RealtimeReasoningParam
from .realtime_response_create_audio_output_param import RealtimeResponseCreateAudioOutputParam
from .realtime_response_create_mcp_tool_param import RealtimeResponseCreateMcpToolParam
from .realtime_tools_config_param import RealtimeToolsConfigParam

__all__ = ["RealtimeResponseCreateParamsParam", "Tool", "ToolChoice"]


class RealtimeResponseCreateParamsParam(TypedDict, total=False):
    audio: "RealtimeResponseCreateAudioOutputParam"
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
    max_output_tokens: Union[int, Literal["inf"]]
    metadata: Optional["Metadata"]
    output_modalities: List[Literal["text", "audio"]]
    parallel_tool_calls: bool
    prompt: Optional["ResponsePromptParam"]
    reasoning: "RealtimeReasoningParam"
    tool_choice: "ToolChoice"
    tools: "RealtimeToolsConfigParam"


Tool: TypeAlias = Union[RealtimeFunctionToolParam, RealtimeResponseCreateMcpToolParam]


ToolChoice: TypeAlias = Union[ToolChoiceOptions, ToolChoiceFunctionParam, ToolChoiceMcpParam]
