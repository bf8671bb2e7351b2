# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Union
from typing_extensions import Annotated, TypeAlias

from pydantic import Field

from ..conversations.conversation_item import (
    AdditionalTools,
    ImageGenerationCall,
    LocalShellCall,
    LocalShellCallOutput,
    McpApprovalRequest,
    McpApprovalResponse,
    McpCall,
    McpListTools,
    Program,
    ProgramOutput,
)
from ..conversations.message import Message
from ..responses.response_apply_patch_tool_call import ResponseApplyPatchToolCall
from ..responses.response_apply_patch_tool_call_output import ResponseApplyPatchToolCallOutput
from ..responses.response_code_interpreter_tool_call import ResponseCodeInterpreterToolCall
from ..responses.response_compaction_item import ResponseCompactionItem
from ..responses.response_computer_tool_call import ResponseComputerToolCall
from ..responses.response_computer_tool_call_output_item import ResponseComputerToolCallOutputItem
from ..responses.response_custom_tool_call import ResponseCustomToolCall
from ..responses.response_custom_tool_call_output import ResponseCustomToolCallOutput
from ..responses.response_file_search_tool_call import ResponseFileSearchToolCall
from ..responses.response_function_shell_tool_call import ResponseFunctionShellToolCall
from ..responses.response_function_shell_tool_call_output import ResponseFunctionShellToolCallOutput
from ..responses.response_function_tool_call_item import ResponseFunctionToolCallItem
from ..responses.response_function_tool_call_output_item import ResponseFunctionToolCallOutputItem
from ..responses.response_function_web_search import ResponseFunctionWebSearch
from ..responses.response_reasoning_item import ResponseReasoningItem
from ..responses.response_tool_search_call import ResponseToolSearchCall
from ..responses.response_tool_search_output_item import ResponseToolSearchOutputItem

__all__ = ["ConversationItem"]

ConversationItem: TypeAlias = Annotated[
    Union[
        Message,
        ResponseFunctionToolCallItem,
        ResponseFunctionToolCallOutputItem,
        ResponseFileSearchToolCall,
        ResponseFunctionWebSearch,
        ImageGenerationCall,
        ResponseComputerToolCall,
        ResponseComputerToolCallOutputItem,
        ResponseToolSearchCall,
        ResponseToolSearchOutputItem,
        AdditionalTools,
        ResponseReasoningItem,
        Program,
        ProgramOutput,
        ResponseCompactionItem,
        ResponseCodeInterpreterToolCall,
        LocalShellCall,
        LocalShellCallOutput,
        ResponseFunctionShellToolCall,
        ResponseFunctionShellToolCallOutput,
        ResponseApplyPatchToolCall,
        ResponseApplyPatchToolCallOutput,
        McpListTools,
        McpApprovalRequest,
        McpApprovalResponse,
        McpCall,
        ResponseCustomToolCall,
        ResponseCustomToolCallOutput,
    ],
    Field(discriminator="type"),
]
