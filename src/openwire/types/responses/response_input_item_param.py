# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Dict, Iterable, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..._types import SequenceNotStr
from .container_reference_param import ContainerReferenceParam
from .easy_input_message_param import EasyInputMessageParam
from .local_environment_param import LocalEnvironmentParam
from .response_code_interpreter_tool_call_param import ResponseCodeInterpreterToolCallParam
from .response_compaction_item_param_param import ResponseCompactionItemParamParam
from .response_computer_tool_call_output_screenshot_param import ResponseComputerToolCallOutputScreenshotParam
from .response_computer_tool_call_param import ResponseComputerToolCallParam
from .response_custom_tool_call_output_param import ResponseCustomToolCallOutputParam
from .response_custom_tool_call_param import ResponseCustomToolCallParam
from .response_file_search_tool_call_param import ResponseFileSearchToolCallParam
from .response_function_call_output_item_list_param import ResponseFunctionCallOutputItemListParam
from .response_function_shell_call_output_content_param import ResponseFunctionShellCallOutputContentParam
from .response_function_tool_call_param import ResponseFunctionToolCallParam
from .response_function_web_search_param import ResponseFunctionWebSearchParam
from .response_input_content_param import ResponseInputContentParam
from .response_output_message_param import ResponseOutputMessageParam
from .response_reasoning_item_param import ResponseReasoningItemParam
from .response_tool_search_output_item_param_param import ResponseToolSearchOutputItemParamParam
from .tool_param import ToolParam

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
    "ResponseInputItemParam",
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


class AdditionalTools(TypedDict, total=False):
    type: Required[Literal["additional_tools"]]
    role: Required[Literal["developer"]]
    tools: Required[Iterable["ToolParam"]]
    id: Optional[str]


class ApplyPatchCall(TypedDict, total=False):
    type: Required[Literal["apply_patch_call"]]
    call_id: Required[str]
    status: Required[Literal["in_progress", "completed"]]
    operation: Required["ApplyPatchCallOperation"]
    caller: Optional["ApplyPatchCallCaller"]
    id: Optional[str]


class ApplyPatchCallCallerDirect(TypedDict, total=False):
    type: Required[Literal["direct"]]


class ApplyPatchCallCallerProgram(TypedDict, total=False):
    type: Required[Literal["program"]]
    caller_id: Required[str]


ApplyPatchCallCaller: TypeAlias = Union[ApplyPatchCallCallerDirect, ApplyPatchCallCallerProgram]


class ApplyPatchCallOperationCreateFile(TypedDict, total=False):
    type: Required[Literal["create_file"]]
    path: Required[str]
    diff: Required[str]


class ApplyPatchCallOperationDeleteFile(TypedDict, total=False):
    type: Required[Literal["delete_file"]]
    path: Required[str]


class ApplyPatchCallOperationUpdateFile(TypedDict, total=False):
    type: Required[Literal["update_file"]]
    path: Required[str]
    diff: Required[str]


ApplyPatchCallOperation: TypeAlias = Union[
    ApplyPatchCallOperationCreateFile, ApplyPatchCallOperationDeleteFile, ApplyPatchCallOperationUpdateFile
]


class ApplyPatchCallOutput(TypedDict, total=False):
    type: Required[Literal["apply_patch_call_output"]]
    call_id: Required[str]
    status: Required[Literal["completed", "failed"]]
    caller: Optional["ApplyPatchCallOutputCaller"]
    id: Optional[str]
    output: Optional[str]


class ApplyPatchCallOutputCallerDirect(TypedDict, total=False):
    type: Required[Literal["direct"]]


class ApplyPatchCallOutputCallerProgram(TypedDict, total=False):
    type: Required[Literal["program"]]
    caller_id: Required[str]


ApplyPatchCallOutputCaller: TypeAlias = Union[ApplyPatchCallOutputCallerDirect, ApplyPatchCallOutputCallerProgram]


class CompactionTrigger(TypedDict, total=False):
    type: Required[Literal["compaction_trigger"]]


class ComputerCallOutput(TypedDict, total=False):
    call_id: Required[str]
    type: Required[Literal["computer_call_output"]]
    output: Required["ResponseComputerToolCallOutputScreenshotParam"]
    acknowledged_safety_checks: Optional[Iterable["ComputerCallOutputAcknowledgedSafetyCheck"]]
    id: Optional[str]
    status: Optional[Literal["in_progress", "completed", "incomplete"]]


class ComputerCallOutputAcknowledgedSafetyCheck(TypedDict, total=False):
    id: Required[str]
    code: Optional[str]
    message: Optional[str]


class FunctionCallOutput(TypedDict, total=False):
    call_id: Required[str]
    type: Required[Literal["function_call_output"]]
    output: Required[Union[str, "ResponseFunctionCallOutputItemListParam"]]
    caller: Optional["FunctionCallOutputCaller"]
    id: Optional[str]
    name: Optional[str]
    namespace: Optional[str]
    status: Optional[Literal["in_progress", "completed", "incomplete"]]


class FunctionCallOutputCallerDirect(TypedDict, total=False):
    type: Required[Literal["direct"]]


class FunctionCallOutputCallerProgram(TypedDict, total=False):
    type: Required[Literal["program"]]
    caller_id: Required[str]


FunctionCallOutputCaller: TypeAlias = Union[FunctionCallOutputCallerDirect, FunctionCallOutputCallerProgram]


class ImageGenerationCall(TypedDict, total=False):
    type: Required[Literal["image_generation_call"]]
    id: Required[str]
    status: Required[Literal["in_progress", "completed", "generating", "failed"]]
    result: Required[Optional[str]]


class ItemReference(TypedDict, total=False):
    id: Required[str]
    type: Optional[Literal["item_reference"]]


class LocalShellCall(TypedDict, total=False):
    type: Required[Literal["local_shell_call"]]
    id: Required[str]
    call_id: Required[str]
    action: Required["LocalShellCallAction"]
    status: Required[Literal["in_progress", "completed", "incomplete"]]


class LocalShellCallAction(TypedDict, total=False):
    type: Required[Literal["exec"]]
    command: Required[SequenceNotStr[str]]
    env: Required[Dict[str, str]]
    timeout_ms: Optional[int]
    user: Optional[str]
    working_directory: Optional[str]


class LocalShellCallOutput(TypedDict, total=False):
    type: Required[Literal["local_shell_call_output"]]
    id: Required[str]
    output: Required[str]
    status: Optional[Literal["in_progress", "completed", "incomplete"]]


class McpApprovalRequest(TypedDict, total=False):
    type: Required[Literal["mcp_approval_request"]]
    id: Required[str]
    server_label: Required[str]
    name: Required[str]
    arguments: Required[str]


class McpApprovalResponse(TypedDict, total=False):
    type: Required[Literal["mcp_approval_response"]]
    approval_request_id: Required[str]
    approve: Required[bool]
    id: Optional[str]
    reason: Optional[str]


class McpCall(TypedDict, total=False):
    type: Required[Literal["mcp_call"]]
    id: Required[str]
    server_label: Required[str]
    name: Required[str]
    arguments: Required[str]
    approval_request_id: Optional[str]
    error: Optional[str]
    output: Optional[str]
    status: Literal["in_progress", "completed", "incomplete", "calling", "failed"]


class McpListTools(TypedDict, total=False):
    type: Required[Literal["mcp_list_tools"]]
    id: Required[str]
    server_label: Required[str]
    tools: Required[Iterable["McpListToolsTool"]]
    error: Optional[str]


class McpListToolsTool(TypedDict, total=False):
    name: Required[str]
    input_schema: Required[Dict[str, object]]
    annotations: Optional[Dict[str, object]]
    description: Optional[str]


class Message(TypedDict, total=False):
    role: Required[Literal["user", "system", "developer"]]
    content: Required[Iterable["ResponseInputContentParam"]]
    status: Literal["in_progress", "completed", "incomplete"]
    type: Literal["message"]


class Program(TypedDict, total=False):
    id: Required[str]
    type: Required[Literal["program"]]
    call_id: Required[str]
    code: Required[str]
    fingerprint: Required[str]


class ProgramOutput(TypedDict, total=False):
    id: Required[str]
    type: Required[Literal["program_output"]]
    call_id: Required[str]
    result: Required[str]
    status: Required[Literal["completed", "incomplete"]]


class ToolSearchCall(TypedDict, total=False):
    type: Required[Literal["tool_search_call"]]
    arguments: Required[Dict[str, object]]
    call_id: Optional[str]
    execution: Literal["server", "client"]
    id: Optional[str]
    status: Optional[Literal["in_progress", "completed", "incomplete"]]


class ShellCall(TypedDict, total=False):
    call_id: Required[str]
    type: Required[Literal["shell_call"]]
    action: Required["ShellCallAction"]
    caller: Optional["ShellCallCaller"]
    environment: Optional["ShellCallEnvironment"]
    id: Optional[str]
    status: Optional[Literal["in_progress", "completed", "incomplete"]]


class ShellCallOutput(TypedDict, total=False):
    call_id: Required[str]
    type: Required[Literal["shell_call_output"]]
    output: Required[Iterable["ResponseFunctionShellCallOutputContentParam"]]
    caller: Optional["ShellCallOutputCaller"]
    id: Optional[str]
    max_output_length: Optional[int]
    status: Optional[Literal["in_progress", "completed", "incomplete"]]


ResponseInputItemParam: TypeAlias = Union[
    EasyInputMessageParam,
    Message,
    ResponseOutputMessageParam,
    ResponseFileSearchToolCallParam,
    ResponseComputerToolCallParam,
    ComputerCallOutput,
    ResponseFunctionWebSearchParam,
    ResponseFunctionToolCallParam,
    FunctionCallOutput,
    ToolSearchCall,
    ResponseToolSearchOutputItemParamParam,
    AdditionalTools,
    ResponseReasoningItemParam,
    ResponseCompactionItemParamParam,
    ImageGenerationCall,
    ResponseCodeInterpreterToolCallParam,
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
    ResponseCustomToolCallOutputParam,
    ResponseCustomToolCallParam,
    CompactionTrigger,
    ItemReference,
    Program,
    ProgramOutput,
]


class ShellCallAction(TypedDict, total=False):
    commands: Required[SequenceNotStr[str]]
    max_output_length: Optional[int]
    timeout_ms: Optional[int]


class ShellCallCallerDirect(TypedDict, total=False):
    type: Required[Literal["direct"]]


class ShellCallCallerProgram(TypedDict, total=False):
    type: Required[Literal["program"]]
    caller_id: Required[str]


ShellCallCaller: TypeAlias = Union[ShellCallCallerDirect, ShellCallCallerProgram]


ShellCallEnvironment: TypeAlias = Union[LocalEnvironmentParam, ContainerReferenceParam]


class ShellCallOutputCallerDirect(TypedDict, total=False):
    type: Required[Literal["direct"]]


class ShellCallOutputCallerProgram(TypedDict, total=False):
    type: Required[Literal["program"]]
    caller_id: Required[str]


ShellCallOutputCaller: TypeAlias = Union[ShellCallOutputCallerDirect, ShellCallOutputCallerProgram]
