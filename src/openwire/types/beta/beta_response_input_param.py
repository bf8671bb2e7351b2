# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Dict, Iterable, List, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..._types import SequenceNotStr
from .beta_container_reference_param import BetaContainerReferenceParam
from .beta_easy_input_message_param import BetaEasyInputMessageParam
from .beta_local_environment_param import BetaLocalEnvironmentParam
from .beta_response_code_interpreter_tool_call_param import BetaResponseCodeInterpreterToolCallParam
from .beta_response_compaction_item_param_param import BetaResponseCompactionItemParamParam
from .beta_response_computer_tool_call_output_screenshot_param import BetaResponseComputerToolCallOutputScreenshotParam
from .beta_response_computer_tool_call_param import BetaResponseComputerToolCallParam
from .beta_response_custom_tool_call_output_param import BetaResponseCustomToolCallOutputParam
from .beta_response_custom_tool_call_param import BetaResponseCustomToolCallParam
from .beta_response_file_search_tool_call_param import BetaResponseFileSearchToolCallParam
from .beta_response_function_call_output_item_list_param import BetaResponseFunctionCallOutputItemListParam
from .beta_response_function_shell_call_output_content_param import BetaResponseFunctionShellCallOutputContentParam
from .beta_response_function_tool_call_param import BetaResponseFunctionToolCallParam
from .beta_response_function_web_search_param import BetaResponseFunctionWebSearchParam
from .beta_response_input_content_param import BetaResponseInputContentParam
from .beta_response_input_image_content_param import BetaResponseInputImageContentParam
from .beta_response_input_text_content_param import BetaResponseInputTextContentParam
from .beta_response_output_message_param import BetaResponseOutputMessageParam
from .beta_response_reasoning_item_param import BetaResponseReasoningItemParam
from .beta_response_tool_search_output_item_param_param import BetaResponseToolSearchOutputItemParamParam
from .beta_tool_param import BetaToolParam

__all__ = [
    "AdditionalTools",
    "AdditionalToolsAgent",
    "AgentMessage",
    "AgentMessageAgent",
    "AgentMessageContent",
    "AgentMessageContentEncryptedContent",
    "ApplyPatchCall",
    "ApplyPatchCallAgent",
    "ApplyPatchCallCaller",
    "ApplyPatchCallCallerDirect",
    "ApplyPatchCallCallerProgram",
    "ApplyPatchCallOperation",
    "ApplyPatchCallOperationCreateFile",
    "ApplyPatchCallOperationDeleteFile",
    "ApplyPatchCallOperationUpdateFile",
    "ApplyPatchCallOutput",
    "ApplyPatchCallOutputAgent",
    "ApplyPatchCallOutputCaller",
    "ApplyPatchCallOutputCallerDirect",
    "ApplyPatchCallOutputCallerProgram",
    "BetaResponseInputItemParam",
    "BetaResponseInputParam",
    "CompactionTrigger",
    "CompactionTriggerAgent",
    "ComputerCallOutput",
    "ComputerCallOutputAcknowledgedSafetyCheck",
    "ComputerCallOutputAgent",
    "FunctionCallOutput",
    "FunctionCallOutputAgent",
    "FunctionCallOutputCaller",
    "FunctionCallOutputCallerDirect",
    "FunctionCallOutputCallerProgram",
    "ImageGenerationCall",
    "ImageGenerationCallAgent",
    "ItemReference",
    "ItemReferenceAgent",
    "LocalShellCall",
    "LocalShellCallAction",
    "LocalShellCallAgent",
    "LocalShellCallOutput",
    "LocalShellCallOutputAgent",
    "McpApprovalRequest",
    "McpApprovalRequestAgent",
    "McpApprovalResponse",
    "McpApprovalResponseAgent",
    "McpCall",
    "McpCallAgent",
    "McpListTools",
    "McpListToolsAgent",
    "McpListToolsTool",
    "Message",
    "MessageAgent",
    "MultiAgentCall",
    "MultiAgentCallAgent",
    "MultiAgentCallOutput",
    "MultiAgentCallOutputAgent",
    "MultiAgentCallOutputOutput",
    "MultiAgentCallOutputOutputAnnotation",
    "MultiAgentCallOutputOutputAnnotationContainerFileCitation",
    "MultiAgentCallOutputOutputAnnotationFileCitation",
    "MultiAgentCallOutputOutputAnnotationURLCitation",
    "Program",
    "ProgramAgent",
    "ProgramOutput",
    "ProgramOutputAgent",
    "ShellCall",
    "ShellCallAction",
    "ShellCallAgent",
    "ShellCallCaller",
    "ShellCallCallerDirect",
    "ShellCallCallerProgram",
    "ShellCallEnvironment",
    "ShellCallOutput",
    "ShellCallOutputAgent",
    "ShellCallOutputCaller",
    "ShellCallOutputCallerDirect",
    "ShellCallOutputCallerProgram",
    "ToolSearchCall",
    "ToolSearchCallAgent",
]


class AdditionalTools(TypedDict, total=False):
    type: Required[Literal["additional_tools"]]
    role: Required[Literal["developer"]]
    tools: Required[Iterable["BetaToolParam"]]
    agent: Optional["AdditionalToolsAgent"]
    id: Optional[str]


class AdditionalToolsAgent(TypedDict, total=False):
    agent_name: Required[str]


class AgentMessage(TypedDict, total=False):
    type: Required[Literal["agent_message"]]
    author: Required[str]
    recipient: Required[str]
    content: Required[Iterable["AgentMessageContent"]]
    agent: Optional["AgentMessageAgent"]
    id: Optional[str]


class AgentMessageAgent(TypedDict, total=False):
    agent_name: Required[str]


class AgentMessageContentEncryptedContent(TypedDict, total=False):
    type: Required[Literal["encrypted_content"]]
    encrypted_content: Required[str]


AgentMessageContent: TypeAlias = Union[
    BetaResponseInputTextContentParam, BetaResponseInputImageContentParam, AgentMessageContentEncryptedContent
]


class ApplyPatchCall(TypedDict, total=False):
    type: Required[Literal["apply_patch_call"]]
    call_id: Required[str]
    status: Required[Literal["in_progress", "completed"]]
    operation: Required["ApplyPatchCallOperation"]
    agent: Optional["ApplyPatchCallAgent"]
    caller: Optional["ApplyPatchCallCaller"]
    id: Optional[str]


class ApplyPatchCallAgent(TypedDict, total=False):
    agent_name: Required[str]


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
    agent: Optional["ApplyPatchCallOutputAgent"]
    caller: Optional["ApplyPatchCallOutputCaller"]
    id: Optional[str]
    output: Optional[str]


class ApplyPatchCallOutputAgent(TypedDict, total=False):
    agent_name: Required[str]


class ApplyPatchCallOutputCallerDirect(TypedDict, total=False):
    type: Required[Literal["direct"]]


class ApplyPatchCallOutputCallerProgram(TypedDict, total=False):
    type: Required[Literal["program"]]
    caller_id: Required[str]


ApplyPatchCallOutputCaller: TypeAlias = Union[ApplyPatchCallOutputCallerDirect, ApplyPatchCallOutputCallerProgram]


class Message(TypedDict, total=False):
    role: Required[Literal["user", "system", "developer"]]
    content: Required[Iterable["BetaResponseInputContentParam"]]
    agent: Optional["MessageAgent"]
    status: Literal["in_progress", "completed", "incomplete"]
    type: Literal["message"]


class ComputerCallOutput(TypedDict, total=False):
    call_id: Required[str]
    type: Required[Literal["computer_call_output"]]
    output: Required["BetaResponseComputerToolCallOutputScreenshotParam"]
    acknowledged_safety_checks: Optional[Iterable["ComputerCallOutputAcknowledgedSafetyCheck"]]
    agent: Optional["ComputerCallOutputAgent"]
    id: Optional[str]
    status: Optional[Literal["in_progress", "completed", "incomplete"]]


class FunctionCallOutput(TypedDict, total=False):
    call_id: Required[str]
    type: Required[Literal["function_call_output"]]
    output: Required[Union[str, "BetaResponseFunctionCallOutputItemListParam"]]
    agent: Optional["FunctionCallOutputAgent"]
    caller: Optional["FunctionCallOutputCaller"]
    id: Optional[str]
    name: Optional[str]
    namespace: Optional[str]
    status: Optional[Literal["in_progress", "completed", "incomplete"]]


class MultiAgentCall(TypedDict, total=False):
    call_id: Required[str]
    type: Required[Literal["multi_agent_call"]]
    action: Required[
        Literal["spawn_agent", "interrupt_agent", "list_agents", "send_message", "followup_task", "wait_agent"]
    ]
    arguments: Required[str]
    agent: Optional["MultiAgentCallAgent"]
    id: Optional[str]


class MultiAgentCallOutput(TypedDict, total=False):
    call_id: Required[str]
    type: Required[Literal["multi_agent_call_output"]]
    action: Required[
        Literal["spawn_agent", "interrupt_agent", "list_agents", "send_message", "followup_task", "wait_agent"]
    ]
    output: Required[Iterable["MultiAgentCallOutputOutput"]]
    agent: Optional["MultiAgentCallOutputAgent"]
    id: Optional[str]


class ToolSearchCall(TypedDict, total=False):
    type: Required[Literal["tool_search_call"]]
    arguments: Required[Dict[str, object]]
    agent: Optional["ToolSearchCallAgent"]
    call_id: Optional[str]
    execution: Literal["server", "client"]
    id: Optional[str]
    status: Optional[Literal["in_progress", "completed", "incomplete"]]


class ImageGenerationCall(TypedDict, total=False):
    type: Required[Literal["image_generation_call"]]
    id: Required[str]
    status: Required[Literal["in_progress", "completed", "generating", "failed"]]
    result: Required[Optional[str]]
    agent: Optional["ImageGenerationCallAgent"]


class LocalShellCall(TypedDict, total=False):
    type: Required[Literal["local_shell_call"]]
    id: Required[str]
    call_id: Required[str]
    action: Required["LocalShellCallAction"]
    status: Required[Literal["in_progress", "completed", "incomplete"]]
    agent: Optional["LocalShellCallAgent"]


class LocalShellCallOutput(TypedDict, total=False):
    type: Required[Literal["local_shell_call_output"]]
    id: Required[str]
    output: Required[str]
    agent: Optional["LocalShellCallOutputAgent"]
    status: Optional[Literal["in_progress", "completed", "incomplete"]]


class ShellCall(TypedDict, total=False):
    call_id: Required[str]
    type: Required[Literal["shell_call"]]
    action: Required["ShellCallAction"]
    agent: Optional["ShellCallAgent"]
    caller: Optional["ShellCallCaller"]
    environment: Optional["ShellCallEnvironment"]
    id: Optional[str]
    status: Optional[Literal["in_progress", "completed", "incomplete"]]


class ShellCallOutput(TypedDict, total=False):
    call_id: Required[str]
    type: Required[Literal["shell_call_output"]]
    output: Required[Iterable["BetaResponseFunctionShellCallOutputContentParam"]]
    agent: Optional["ShellCallOutputAgent"]
    caller: Optional["ShellCallOutputCaller"]
    id: Optional[str]
    max_output_length: Optional[int]
    status: Optional[Literal["in_progress", "completed", "incomplete"]]


class McpListTools(TypedDict, total=False):
    type: Required[Literal["mcp_list_tools"]]
    id: Required[str]
    server_label: Required[str]
    tools: Required[Iterable["McpListToolsTool"]]
    agent: Optional["McpListToolsAgent"]
    error: Optional[str]


class McpApprovalRequest(TypedDict, total=False):
    type: Required[Literal["mcp_approval_request"]]
    id: Required[str]
    server_label: Required[str]
    name: Required[str]
    arguments: Required[str]
    agent: Optional["McpApprovalRequestAgent"]


class McpApprovalResponse(TypedDict, total=False):
    type: Required[Literal["mcp_approval_response"]]
    approval_request_id: Required[str]
    approve: Required[bool]
    agent: Optional["McpApprovalResponseAgent"]
    id: Optional[str]
    reason: Optional[str]


class McpCall(TypedDict, total=False):
    type: Required[Literal["mcp_call"]]
    id: Required[str]
    server_label: Required[str]
    name: Required[str]
    arguments: Required[str]
    agent: Optional["McpCallAgent"]
    approval_request_id: Optional[str]
    error: Optional[str]
    output: Optional[str]
    status: Literal["in_progress", "completed", "incomplete", "calling", "failed"]


class CompactionTrigger(TypedDict, total=False):
    type: Required[Literal["compaction_trigger"]]
    agent: Optional["CompactionTriggerAgent"]


class ItemReference(TypedDict, total=False):
    id: Required[str]
    agent: Optional["ItemReferenceAgent"]
    type: Optional[Literal["item_reference"]]


class Program(TypedDict, total=False):
    id: Required[str]
    type: Required[Literal["program"]]
    call_id: Required[str]
    code: Required[str]
    fingerprint: Required[str]
    agent: Optional["ProgramAgent"]


class ProgramOutput(TypedDict, total=False):
    id: Required[str]
    type: Required[Literal["program_output"]]
    call_id: Required[str]
    result: Required[str]
    status: Required[Literal["completed", "incomplete"]]
    agent: Optional["ProgramOutputAgent"]


BetaResponseInputItemParam: TypeAlias = Union[
    BetaEasyInputMessageParam,
    Message,
    BetaResponseOutputMessageParam,
    BetaResponseFileSearchToolCallParam,
    BetaResponseComputerToolCallParam,
    ComputerCallOutput,
    BetaResponseFunctionWebSearchParam,
    BetaResponseFunctionToolCallParam,
    FunctionCallOutput,
    AgentMessage,
    MultiAgentCall,
    MultiAgentCallOutput,
    ToolSearchCall,
    BetaResponseToolSearchOutputItemParamParam,
    AdditionalTools,
    BetaResponseReasoningItemParam,
    BetaResponseCompactionItemParamParam,
    ImageGenerationCall,
    BetaResponseCodeInterpreterToolCallParam,
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
    BetaResponseCustomToolCallOutputParam,
    BetaResponseCustomToolCallParam,
    CompactionTrigger,
    ItemReference,
    Program,
    ProgramOutput,
]


BetaResponseInputParam: TypeAlias = List[BetaResponseInputItemParam]


class CompactionTriggerAgent(TypedDict, total=False):
    agent_name: Required[str]


class ComputerCallOutputAcknowledgedSafetyCheck(TypedDict, total=False):
    id: Required[str]
    code: Optional[str]
    message: Optional[str]


class ComputerCallOutputAgent(TypedDict, total=False):
    agent_name: Required[str]


class FunctionCallOutputAgent(TypedDict, total=False):
    agent_name: Required[str]


class FunctionCallOutputCallerDirect(TypedDict, total=False):
    type: Required[Literal["direct"]]


class FunctionCallOutputCallerProgram(TypedDict, total=False):
    type: Required[Literal["program"]]
    caller_id: Required[str]


FunctionCallOutputCaller: TypeAlias = Union[FunctionCallOutputCallerDirect, FunctionCallOutputCallerProgram]


class ImageGenerationCallAgent(TypedDict, total=False):
    agent_name: Required[str]


class ItemReferenceAgent(TypedDict, total=False):
    agent_name: Required[str]


class LocalShellCallAction(TypedDict, total=False):
    type: Required[Literal["exec"]]
    command: Required[SequenceNotStr[str]]
    env: Required[Dict[str, str]]
    timeout_ms: Optional[int]
    user: Optional[str]
    working_directory: Optional[str]


class LocalShellCallAgent(TypedDict, total=False):
    agent_name: Required[str]


class LocalShellCallOutputAgent(TypedDict, total=False):
    agent_name: Required[str]


class McpApprovalRequestAgent(TypedDict, total=False):
    agent_name: Required[str]


class McpApprovalResponseAgent(TypedDict, total=False):
    agent_name: Required[str]


class McpCallAgent(TypedDict, total=False):
    agent_name: Required[str]


class McpListToolsAgent(TypedDict, total=False):
    agent_name: Required[str]


class McpListToolsTool(TypedDict, total=False):
    name: Required[str]
    input_schema: Required[Dict[str, object]]
    annotations: Optional[Dict[str, object]]
    description: Optional[str]


class MessageAgent(TypedDict, total=False):
    agent_name: Required[str]


class MultiAgentCallAgent(TypedDict, total=False):
    agent_name: Required[str]


class MultiAgentCallOutputAgent(TypedDict, total=False):
    agent_name: Required[str]


class MultiAgentCallOutputOutput(TypedDict, total=False):
    type: Required[Literal["output_text"]]
    text: Required[str]
    annotations: Iterable["MultiAgentCallOutputOutputAnnotation"]


class MultiAgentCallOutputOutputAnnotationFileCitation(TypedDict, total=False):
    type: Required[Literal["file_citation"]]
    index: Required[int]
    file_id: Required[str]
    filename: Required[str]


class MultiAgentCallOutputOutputAnnotationURLCitation(TypedDict, total=False):
    type: Required[Literal["url_citation"]]
    start_index: Required[int]
    end_index: Required[int]
    url: Required[str]
    title: Required[str]


class MultiAgentCallOutputOutputAnnotationContainerFileCitation(TypedDict, total=False):
    type: Required[Literal["container_file_citation"]]
    start_index: Required[int]
    end_index: Required[int]
    container_id: Required[str]
    file_id: Required[str]
    filename: Required[str]


MultiAgentCallOutputOutputAnnotation: TypeAlias = Union[
    MultiAgentCallOutputOutputAnnotationFileCitation,
    MultiAgentCallOutputOutputAnnotationURLCitation,
    MultiAgentCallOutputOutputAnnotationContainerFileCitation,
]


class ProgramAgent(TypedDict, total=False):
    agent_name: Required[str]


class ProgramOutputAgent(TypedDict, total=False):
    agent_name: Required[str]


class ShellCallAction(TypedDict, total=False):
    commands: Required[SequenceNotStr[str]]
    max_output_length: Optional[int]
    timeout_ms: Optional[int]


class ShellCallAgent(TypedDict, total=False):
    agent_name: Required[str]


class ShellCallCallerDirect(TypedDict, total=False):
    type: Required[Literal["direct"]]


class ShellCallCallerProgram(TypedDict, total=False):
    type: Required[Literal["program"]]
    caller_id: Required[str]


ShellCallCaller: TypeAlias = Union[ShellCallCallerDirect, ShellCallCallerProgram]


ShellCallEnvironment: TypeAlias = Union[BetaLocalEnvironmentParam, BetaContainerReferenceParam]


class ShellCallOutputAgent(TypedDict, total=False):
    agent_name: Required[str]


class ShellCallOutputCallerDirect(TypedDict, total=False):
    type: Required[Literal["direct"]]


class ShellCallOutputCallerProgram(TypedDict, total=False):
    type: Required[Literal["program"]]
    caller_id: Required[str]


ShellCallOutputCaller: TypeAlias = Union[ShellCallOutputCallerDirect, ShellCallOutputCallerProgram]


class ToolSearchCallAgent(TypedDict, total=False):
    agent_name: Required[str]
