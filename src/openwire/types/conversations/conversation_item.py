# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Dict, List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from ..._models import BaseModel
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
from ..responses.tool import Tool
from .message import Message

__all__ = [
    "AdditionalTools",
    "ConversationItem",
    "ImageGenerationCall",
    "LocalShellCall",
    "LocalShellCallAction",
    "LocalShellCallOutput",
    "McpApprovalRequest",
    "McpApprovalResponse",
    "McpCall",
    "McpListTools",
    "McpListToolsTool",
    "Program",
    "ProgramOutput",
]


class AdditionalTools(BaseModel):
    type: Literal["additional_tools"]
    id: str
    role: Literal["unknown", "user", "assistant", "system", "critic", "discriminator", "developer", "tool"]
    tools: List[Tool]


class ImageGenerationCall(BaseModel):
    type: Literal["image_generation_call"]
    id: str
    status: Literal["in_progress", "completed", "generating", "failed"]
    result: Optional[str] = None


class Program(BaseModel):
    type: Literal["program"]
    id: str
    call_id: str
    code: str
    fingerprint: str


class ProgramOutput(BaseModel):
    type: Literal["program_output"]
    id: str
    call_id: str
    result: str
    status: Literal["completed", "incomplete"]


class LocalShellCallAction(BaseModel):
    type: Literal["exec"]
    command: List[str]
    env: Dict[str, str]
    timeout_ms: Optional[int] = None
    user: Optional[str] = None
    working_directory: Optional[str] = None


class LocalShellCall(BaseModel):
    type: Literal["local_shell_call"]
    id: str
    call_id: str
    action: LocalShellCallAction
    status: Literal["in_progress", "completed", "incomplete"]


class LocalShellCallOutput(BaseModel):
    type: Literal["local_shell_call_output"]
    id: str
    output: str
    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None


class McpListToolsTool(BaseModel):
    name: str
    input_schema: Dict[str, object]
    annotations: Optional[Dict[str, object]] = None
    description: Optional[str] = None


class McpListTools(BaseModel):
    type: Literal["mcp_list_tools"]
    id: str
    server_label: str
    tools: List[McpListToolsTool]
    error: Optional[str] = None


class McpApprovalRequest(BaseModel):
    type: Literal["mcp_approval_request"]
    id: str
    server_label: str
    name: str
    arguments: str


class McpApprovalResponse(BaseModel):
    type: Literal["mcp_approval_response"]
    id: str
    approval_request_id: str
    approve: bool
    reason: Optional[str] = None


class McpCall(BaseModel):
    type: Literal["mcp_call"]
    id: str
    server_label: str
    name: str
    arguments: str
    approval_request_id: Optional[str] = None
    error: Optional[str] = None
    output: Optional[str] = None
    status: Optional[Literal["in_progress", "completed", "incomplete", "calling", "failed"]] = None


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
