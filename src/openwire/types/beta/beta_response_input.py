# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Union
from typing_extensions import TypeAlias

from .beta_easy_input_message import BetaEasyInputMessage
from .beta_response_code_interpreter_tool_call import BetaResponseCodeInterpreterToolCall
from .beta_response_compaction_item_param import BetaResponseCompactionItemParam
from .beta_response_computer_tool_call import BetaResponseComputerToolCall
from .beta_response_custom_tool_call import BetaResponseCustomToolCall
from .beta_response_custom_tool_call_output import BetaResponseCustomToolCallOutput
from .beta_response_file_search_tool_call import BetaResponseFileSearchToolCall
from .beta_response_function_tool_call import BetaResponseFunctionToolCall
from .beta_response_function_web_search import BetaResponseFunctionWebSearch
from .beta_response_input_item import (
    AdditionalTools,
    AgentMessage,
    ApplyPatchCall,
    ApplyPatchCallOutput,
    CompactionTrigger,
    ComputerCallOutput,
    FunctionCallOutput,
    ImageGenerationCall,
    ItemReference,
    LocalShellCall,
    LocalShellCallOutput,
    McpApprovalRequest,
    McpApprovalResponse,
    McpCall,
    McpListTools,
    Message,
    MultiAgentCall,
    MultiAgentCallOutput,
    Program,
    ProgramOutput,
    ShellCall,
    ShellCallOutput,
    ToolSearchCall,
)
from .beta_response_output_message import BetaResponseOutputMessage
from .beta_response_reasoning_item import BetaResponseReasoningItem
from .beta_response_tool_search_output_item_param import BetaResponseToolSearchOutputItemParam

__all__ = ["BetaResponseInput"]

BetaResponseInput: TypeAlias = List[
    Union[
        BetaEasyInputMessage,
        Message,
        BetaResponseOutputMessage,
        BetaResponseFileSearchToolCall,
        BetaResponseComputerToolCall,
        ComputerCallOutput,
        BetaResponseFunctionWebSearch,
        BetaResponseFunctionToolCall,
        FunctionCallOutput,
        AgentMessage,
        MultiAgentCall,
        MultiAgentCallOutput,
        ToolSearchCall,
        BetaResponseToolSearchOutputItemParam,
        AdditionalTools,
        BetaResponseReasoningItem,
        BetaResponseCompactionItemParam,
        ImageGenerationCall,
        BetaResponseCodeInterpreterToolCall,
        LocalShellCall,
        LocalShellCallOutput,
        ShellCall,
        ShellCallOutput,
        ApplyPatchCall,
        ApplyPatchCallOutput,
        McpListTools,
        McpApprovalRequest,
        McpApprovalResponse,
        McpCall,
        BetaResponseCustomToolCallOutput,
        BetaResponseCustomToolCall,
        CompactionTrigger,
        ItemReference,
        Program,
        ProgramOutput,
    ]
]
