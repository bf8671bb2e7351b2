# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Union
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

__all__ = ["ConversationItemCreateEventParam"]


class ConversationItemCreateEventParam(TypedDict, total=False):
    type: Required[Literal["conversation.item.create"]]
    item: Required[
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
    event_id: str
    previous_item_id: str
