# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Dict, Union
from typing_extensions import TypeAlias

from ..responses.response_code_interpreter_tool_call_param import ResponseCodeInterpreterToolCallParam
from ..responses.response_computer_tool_call_param import ResponseComputerToolCallParam
from ..responses.response_custom_tool_call_output_param import ResponseCustomToolCallOutputParam
from ..responses.response_custom_tool_call_param import ResponseCustomToolCallParam
from ..responses.response_file_search_tool_call_param import ResponseFileSearchToolCallParam
from ..responses.response_function_web_search_param import ResponseFunctionWebSearchParam
from ..responses.response_input_param import (
    ImageGenerationCall,
    LocalShellCall,
    LocalShellCallOutput,
    McpApprovalRequest,
    McpCall,
    McpListTools,
)
from ..responses.response_reasoning_item_param import ResponseReasoningItemParam

__all__ = ["ConversationItemParam"]

ConversationItemParam: TypeAlias = Union[
    Dict[str, object],
    ResponseFileSearchToolCallParam,
    ResponseFunctionWebSearchParam,
    ImageGenerationCall,
    ResponseComputerToolCallParam,
    ResponseReasoningItemParam,
    ResponseCodeInterpreterToolCallParam,
    LocalShellCall,
    LocalShellCallOutput,
    McpListTools,
    McpApprovalRequest,
    McpCall,
    ResponseCustomToolCallParam,
    ResponseCustomToolCallOutputParam,
]
