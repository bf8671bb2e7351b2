# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Dict, List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from ..._models import BaseModel
from ..conversations.message import Content
from .container_reference import ContainerReference
from .easy_input_message import EasyInputMessage
from .local_environment import LocalEnvironment
from .response_code_interpreter_tool_call import ResponseCodeInterpreterToolCall
from .response_compaction_item_param import ResponseCompactionItemParam
from .response_computer_tool_call import ResponseComputerToolCall
from .response_computer_tool_call_output_screenshot import ResponseComputerToolCallOutputScreenshot
from .response_custom_tool_call import ResponseCustomToolCall
from .response_custom_tool_call_output import ResponseCustomToolCallOutput
from .response_file_search_tool_call import ResponseFileSearchToolCall
from .response_function_call_output_item_list import ResponseFunctionCallOutputItemList
from .response_function_shell_call_output_content import ResponseFunctionShellCallOutputContent
from .response_function_tool_call import ResponseFunctionToolCall
from .response_function_web_search import ResponseFunctionWebSearch
from .response_output_message import ResponseOutputMessage
from .response_reasoning_item import ResponseReasoningItem
from .response_tool_search_output_item_param import ResponseToolSearchOutputItemParam
from .tool import Tool

__all__ = [
    "AdditionalTools",
    "ApplyPatchCall",
    "ApplyPatchCallCaller",
    "ApplyPatchCallCallerDirect",
    "ApplyPatchCallCallerProgram",
    "ApplyPatchCallOperation",
    "ApplyPatchCallOperationCreateFile",
    "ApplyPatchCallOperationDeleteFile",
    "ApplyPatchCallOperationUpdateFile",
    "ApplyPatchCallOutput",
    "ApplyPatchCallOutputCaller",
    "ApplyPatchCallOutputCallerDirect",
    "ApplyPatchCallOutputCallerProgram",
    "CompactionTrigger",
    "ComputerCallOutput",
    "ComputerCallOutputAcknowledgedSafetyCheck",
    "FunctionCallOutput",
    "FunctionCallOutputCaller",
    "FunctionCallOutputCallerDirect",
    "FunctionCallOutputCallerProgram",
    "ImageGenerationCall",
    "ItemReference",
    "LocalShellCall",
    "LocalShellCallAction",
    "LocalShellCallOutput",
    "McpApprovalRequest",
    "McpApprovalResponse",
    "McpCall",
    "McpListTools",
    "McpListToolsTool",
    "Message",
    "Program",
    "ProgramOutput",
    "ResponseInputItem",
    "ShellCall",
    "ShellCallAction",
    "ShellCallCaller",
    "ShellCallCallerDirect",
    "ShellCallCallerProgram",
    "ShellCallEnvironment",
    "ShellCallOutput",
    "ShellCallOutputCaller",
    "ShellCallOutputCallerDirect",
    "ShellCallOutputCallerProgram",
    "ToolSearchCall",
]


class AdditionalTools(BaseModel):
    type: Literal["additional_tools"]
    role: Literal["developer"]
    tools: List[Tool]
    id: Optional[str] = None


class ApplyPatchCallOperationCreateFile(BaseModel):
    type: Literal["create_file"]
    path: str
    diff: str


class ApplyPatchCallOperationDeleteFile(BaseModel):
    type: Literal["delete_file"]
    path: str


class ApplyPatchCallOperationUpdateFile(BaseModel):
    type: Literal["update_file"]
    path: str
    diff: str


ApplyPatchCallOperation: TypeAlias = Annotated[
    Union[ApplyPatchCallOperationCreateFile, ApplyPatchCallOperationDeleteFile, ApplyPatchCallOperationUpdateFile],
    Field(discriminator="type"),
]


class ApplyPatchCallCallerDirect(BaseModel):
    type: Literal["direct"]


class ApplyPatchCallCallerProgram(BaseModel):
    type: Literal["program"]
    caller_id: str


ApplyPatchCallCaller: TypeAlias = Optional[
    Annotated[Union[ApplyPatchCallCallerDirect, ApplyPatchCallCallerProgram], Field(discriminator="type")]
]


class ApplyPatchCall(BaseModel):
    type: Literal["apply_patch_call"]
    call_id: str
    status: Literal["in_progress", "completed"]
    operation: ApplyPatchCallOperation
    caller: Optional[ApplyPatchCallCaller] = None
    id: Optional[str] = None


class ApplyPatchCallOutputCallerDirect(BaseModel):
    type: Literal["direct"]


class ApplyPatchCallOutputCallerProgram(BaseModel):
    type: Literal["program"]
    caller_id: str


ApplyPatchCallOutputCaller: TypeAlias = Optional[
    Annotated[Union[ApplyPatchCallOutputCallerDirect, ApplyPatchCallOutputCallerProgram], Field(discriminator="type")]
]


class ApplyPatchCallOutput(BaseModel):
    type: Literal["apply_patch_call_output"]
    call_id: str
    status: Literal["completed", "failed"]
    caller: Optional[ApplyPatchCallOutputCaller] = None
    id: Optional[str] = None
    output: Optional[str] = None


class CompactionTrigger(BaseModel):
    type: Literal["compaction_trigger"]


class ComputerCallOutputAcknowledgedSafetyCheck(BaseModel):
    id: str
    code: Optional[str] = None
    message: Optional[str] = None


class ComputerCallOutput(BaseModel):
    call_id: str
    type: Literal["computer_call_output"]
    output: ResponseComputerToolCallOutputScreenshot
    acknowledged_safety_checks: Optional[List[ComputerCallOutputAcknowledgedSafetyCheck]] = None
    id: Optional[str] = None
    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None


class FunctionCallOutputCallerDirect(BaseModel):
    type: Literal["direct"]


class FunctionCallOutputCallerProgram(BaseModel):
    type: Literal["program"]
    caller_id: str


FunctionCallOutputCaller: TypeAlias = Optional[
    Annotated[Union[FunctionCallOutputCallerDirect, FunctionCallOutputCallerProgram], Field(discriminator="type")]
]


class FunctionCallOutput(BaseModel):
    call_id: str
    type: Literal["function_call_output"]
    output: Union[str, ResponseFunctionCallOutputItemList]
    caller: Optional[FunctionCallOutputCaller] = None
    id: Optional[str] = None
    name: Optional[str] = None
    namespace: Optional[str] = None
    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None


class ImageGenerationCall(BaseModel):
    type: Literal["image_generation_call"]
    id: str
    status: Literal["in_progress", "completed", "generating", "failed"]
    result: Optional[str] = None


class ItemReference(BaseModel):
    id: str
    type: Optional[Literal["item_reference"]] = None


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


class McpApprovalRequest(BaseModel):
    type: Literal["mcp_approval_request"]
    id: str
    server_label: str
    name: str
    arguments: str


class McpApprovalResponse(BaseModel):
    type: Literal["mcp_approval_response"]
    approval_request_id: str
    approve: bool
    id: Optional[str] = None
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


class Message(BaseModel):
    role: Literal["developer", "system", "user"]
    content: List[Content]
    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None
    type: Optional[Literal["message"]] = None


class Program(BaseModel):
    id: str
    type: Literal["program"]
    call_id: str
    code: str
    fingerprint: str


class ProgramOutput(BaseModel):
    id: str
    type: Literal["program_output"]
    call_id: str
    result: str
    status: Literal["completed", "incomplete"]


class ToolSearchCall(BaseModel):
    type: Literal["tool_search_call"]
    arguments: object
    call_id: Optional[str] = None
    execution: Optional[Literal["server", "client"]] = None
    id: Optional[str] = None
    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None


class ShellCallAction(BaseModel):
    commands: List[str]
    max_output_length: Optional[int] = None
    timeout_ms: Optional[int] = None


class ShellCallCallerDirect(BaseModel):
    type: Literal["direct"]


class ShellCallCallerProgram(BaseModel):
    type: Literal["program"]
    caller_id: str


ShellCallCaller: TypeAlias = Optional[
    Annotated[Union[ShellCallCallerDirect, ShellCallCallerProgram], Field(discriminator="type")]
]


ShellCallEnvironment: TypeAlias = Optional[
    Annotated[Union[LocalEnvironment, ContainerReference], Field(discriminator="type")]
]


class ShellCall(BaseModel):
    call_id: str
    type: Literal["shell_call"]
    action: ShellCallAction
    caller: Optional[ShellCallCaller] = None
    environment: Optional[ShellCallEnvironment] = None
    id: Optional[str] = None
    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None


class ShellCallOutputCallerDirect(BaseModel):
    type: Literal["direct"]


class ShellCallOutputCallerProgram(BaseModel):
    type: Literal["program"]
    caller_id: str


ShellCallOutputCaller: TypeAlias = Optional[
    Annotated[Union[ShellCallOutputCallerDirect, ShellCallOutputCallerProgram], Field(discriminator="type")]
]


class ShellCallOutput(BaseModel):
    call_id: str
    type: Literal["shell_call_output"]
    output: List[ResponseFunctionShellCallOutputContent]
    caller: Optional[ShellCallOutputCaller] = None
    id: Optional[str] = None
    max_output_length: Optional[int] = None
    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None


ResponseInputItem: TypeAlias = Union[
    EasyInputMessage,
    Message,
    ResponseOutputMessage,
    ResponseFileSearchToolCall,
    ResponseComputerToolCall,
    ComputerCallOutput,
    ResponseFunctionWebSearch,
    ResponseFunctionToolCall,
    FunctionCallOutput,
    ToolSearchCall,
    ResponseToolSearchOutputItemParam,
    AdditionalTools,
    ResponseReasoningItem,
    ResponseCompactionItemParam,
    ImageGenerationCall,
    ResponseCodeInterpreterToolCall,
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
    ResponseCustomToolCallOutput,
    ResponseCustomToolCall,
    CompactionTrigger,
    ItemReference,
    Program,
    ProgramOutput,
]
