# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Dict, List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from ..._models import BaseModel
from .beta_container_reference import BetaContainerReference
from .beta_easy_input_message import BetaEasyInputMessage
from .beta_local_environment import BetaLocalEnvironment
from .beta_response_code_interpreter_tool_call import BetaResponseCodeInterpreterToolCall
from .beta_response_compaction_item_param import BetaResponseCompactionItemParam
from .beta_response_computer_tool_call import BetaResponseComputerToolCall
from .beta_response_computer_tool_call_output_screenshot import BetaResponseComputerToolCallOutputScreenshot
from .beta_response_custom_tool_call import BetaResponseCustomToolCall
from .beta_response_custom_tool_call_output import BetaResponseCustomToolCallOutput
from .beta_response_file_search_tool_call import BetaResponseFileSearchToolCall
from .beta_response_function_call_output_item_list import BetaResponseFunctionCallOutputItemList
from .beta_response_function_shell_call_output_content import BetaResponseFunctionShellCallOutputContent
from .beta_response_function_tool_call import BetaResponseFunctionToolCall
from .beta_response_function_web_search import BetaResponseFunctionWebSearch
from .beta_response_input_content import BetaResponseInputContent
from .beta_response_input_image_content import BetaResponseInputImageContent
from .beta_response_input_text_content import BetaResponseInputTextContent
from .beta_response_output_message import BetaResponseOutputMessage
from .beta_response_reasoning_item import BetaResponseReasoningItem
from .beta_response_tool_search_output_item_param import BetaResponseToolSearchOutputItemParam
from .beta_tool import BetaTool

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
    "BetaResponseInputItem",
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


class AdditionalToolsAgent(BaseModel):
    agent_name: str


class AdditionalTools(BaseModel):
    type: Literal["additional_tools"]
    role: Literal["developer"]
    tools: List[BetaTool]
    agent: Optional[AdditionalToolsAgent] = None
    id: Optional[str] = None


class AgentMessageContentEncryptedContent(BaseModel):
    type: Literal["encrypted_content"]
    encrypted_content: str


AgentMessageContent: TypeAlias = Annotated[
    Union[BetaResponseInputTextContent, BetaResponseInputImageContent, AgentMessageContentEncryptedContent],
    Field(discriminator="type"),
]


class AgentMessageAgent(BaseModel):
    agent_name: str


class AgentMessage(BaseModel):
    type: Literal["agent_message"]
    author: str
    recipient: str
    content: List[AgentMessageContent]
    agent: Optional[AgentMessageAgent] = None
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


class ApplyPatchCallAgent(BaseModel):
    agent_name: str


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
    agent: Optional[ApplyPatchCallAgent] = None
    caller: Optional[ApplyPatchCallCaller] = None
    id: Optional[str] = None


class ApplyPatchCallOutputAgent(BaseModel):
    agent_name: str


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
    agent: Optional[ApplyPatchCallOutputAgent] = None
    caller: Optional[ApplyPatchCallOutputCaller] = None
    id: Optional[str] = None
    output: Optional[str] = None


class MessageAgent(BaseModel):
    agent_name: str


class Message(BaseModel):
    role: Literal["user", "system", "developer"]
    content: List[BetaResponseInputContent]
    agent: Optional[MessageAgent] = None
    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None
    type: Optional[Literal["message"]] = None


class ComputerCallOutputAcknowledgedSafetyCheck(BaseModel):
    id: str
    code: Optional[str] = None
    message: Optional[str] = None


class ComputerCallOutputAgent(BaseModel):
    agent_name: str


class ComputerCallOutput(BaseModel):
    call_id: str
    type: Literal["computer_call_output"]
    output: BetaResponseComputerToolCallOutputScreenshot
    acknowledged_safety_checks: Optional[List[ComputerCallOutputAcknowledgedSafetyCheck]] = None
    agent: Optional[ComputerCallOutputAgent] = None
    id: Optional[str] = None
    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None


class FunctionCallOutputAgent(BaseModel):
    agent_name: str


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
    output: Union[str, BetaResponseFunctionCallOutputItemList]
    agent: Optional[FunctionCallOutputAgent] = None
    caller: Optional[FunctionCallOutputCaller] = None
    id: Optional[str] = None
    name: Optional[str] = None
    namespace: Optional[str] = None
    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None


class MultiAgentCallAgent(BaseModel):
    agent_name: str


class MultiAgentCall(BaseModel):
    call_id: str
    type: Literal["multi_agent_call"]
    action: Literal["spawn_agent", "interrupt_agent", "list_agents", "send_message", "followup_task", "wait_agent"]
    arguments: str
    agent: Optional[MultiAgentCallAgent] = None
    id: Optional[str] = None


class MultiAgentCallOutputOutputAnnotationFileCitation(BaseModel):
    type: Literal["file_citation"]
    index: int
    file_id: str
    filename: str


class MultiAgentCallOutputOutputAnnotationURLCitation(BaseModel):
    type: Literal["url_citation"]
    start_index: int
    end_index: int
    url: str
    title: str


class MultiAgentCallOutputOutputAnnotationContainerFileCitation(BaseModel):
    type: Literal["container_file_citation"]
    start_index: int
    end_index: int
    container_id: str
    file_id: str
    filename: str


MultiAgentCallOutputOutputAnnotation: TypeAlias = Annotated[
    Union[
        MultiAgentCallOutputOutputAnnotationFileCitation,
        MultiAgentCallOutputOutputAnnotationURLCitation,
        MultiAgentCallOutputOutputAnnotationContainerFileCitation,
    ],
    Field(discriminator="type"),
]


class MultiAgentCallOutputOutput(BaseModel):
    type: Literal["output_text"]
    text: str
    annotations: Optional[List[MultiAgentCallOutputOutputAnnotation]] = None


class MultiAgentCallOutputAgent(BaseModel):
    agent_name: str


class MultiAgentCallOutput(BaseModel):
    call_id: str
    type: Literal["multi_agent_call_output"]
    action: Literal["spawn_agent", "interrupt_agent", "list_agents", "send_message", "followup_task", "wait_agent"]
    output: List[MultiAgentCallOutputOutput]
    agent: Optional[MultiAgentCallOutputAgent] = None
    id: Optional[str] = None


class ToolSearchCallAgent(BaseModel):
    agent_name: str


class ToolSearchCall(BaseModel):
    type: Literal["tool_search_call"]
    arguments: Dict[str, object]
    agent: Optional[ToolSearchCallAgent] = None
    call_id: Optional[str] = None
    execution: Optional[Literal["server", "client"]] = None
    id: Optional[str] = None
    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None


class ImageGenerationCallAgent(BaseModel):
    agent_name: str


class ImageGenerationCall(BaseModel):
    type: Literal["image_generation_call"]
    id: str
    status: Literal["in_progress", "completed", "generating", "failed"]
    agent: Optional[ImageGenerationCallAgent] = None
    result: Optional[str] = None


class LocalShellCallAction(BaseModel):
    type: Literal["exec"]
    command: List[str]
    env: Dict[str, str]
    timeout_ms: Optional[int] = None
    user: Optional[str] = None
    working_directory: Optional[str] = None


class LocalShellCallAgent(BaseModel):
    agent_name: str


class LocalShellCall(BaseModel):
    type: Literal["local_shell_call"]
    id: str
    call_id: str
    action: LocalShellCallAction
    status: Literal["in_progress", "completed", "incomplete"]
    agent: Optional[LocalShellCallAgent] = None


class LocalShellCallOutputAgent(BaseModel):
    agent_name: str


class LocalShellCallOutput(BaseModel):
    type: Literal["local_shell_call_output"]
    id: str
    output: str
    agent: Optional[LocalShellCallOutputAgent] = None
    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None


class ShellCallAction(BaseModel):
    commands: List[str]
    max_output_length: Optional[int] = None
    timeout_ms: Optional[int] = None


class ShellCallAgent(BaseModel):
    agent_name: str


class ShellCallCallerDirect(BaseModel):
    type: Literal["direct"]


class ShellCallCallerProgram(BaseModel):
    type: Literal["program"]
    caller_id: str


ShellCallCaller: TypeAlias = Optional[
    Annotated[Union[ShellCallCallerDirect, ShellCallCallerProgram], Field(discriminator="type")]
]


ShellCallEnvironment: TypeAlias = Optional[
    Annotated[Union[BetaLocalEnvironment, BetaContainerReference], Field(discriminator="type")]
]


class ShellCall(BaseModel):
    call_id: str
    type: Literal["shell_call"]
    action: ShellCallAction
    agent: Optional[ShellCallAgent] = None
    caller: Optional[ShellCallCaller] = None
    environment: Optional[ShellCallEnvironment] = None
    id: Optional[str] = None
    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None


class ShellCallOutputAgent(BaseModel):
    agent_name: str


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
    output: List[BetaResponseFunctionShellCallOutputContent]
    agent: Optional[ShellCallOutputAgent] = None
    caller: Optional[ShellCallOutputCaller] = None
    id: Optional[str] = None
    max_output_length: Optional[int] = None
    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None


class McpListToolsTool(BaseModel):
    name: str
    input_schema: Dict[str, object]
    annotations: Optional[Dict[str, object]] = None
    description: Optional[str] = None


class McpListToolsAgent(BaseModel):
    agent_name: str


class McpListTools(BaseModel):
    type: Literal["mcp_list_tools"]
    id: str
    server_label: str
    tools: List[McpListToolsTool]
    agent: Optional[McpListToolsAgent] = None
    error: Optional[str] = None


class McpApprovalRequestAgent(BaseModel):
    agent_name: str


class McpApprovalRequest(BaseModel):
    type: Literal["mcp_approval_request"]
    id: str
    server_label: str
    name: str
    arguments: str
    agent: Optional[McpApprovalRequestAgent] = None


class McpApprovalResponseAgent(BaseModel):
    agent_name: str


class McpApprovalResponse(BaseModel):
    type: Literal["mcp_approval_response"]
    approval_request_id: str
    approve: bool
    agent: Optional[McpApprovalResponseAgent] = None
    id: Optional[str] = None
    reason: Optional[str] = None


class McpCallAgent(BaseModel):
    agent_name: str


class McpCall(BaseModel):
    type: Literal["mcp_call"]
    id: str
    server_label: str
    name: str
    arguments: str
    agent: Optional[McpCallAgent] = None
    approval_request_id: Optional[str] = None
    error: Optional[str] = None
    output: Optional[str] = None
    status: Optional[Literal["in_progress", "completed", "incomplete", "calling", "failed"]] = None


class CompactionTriggerAgent(BaseModel):
    agent_name: str


class CompactionTrigger(BaseModel):
    type: Literal["compaction_trigger"]
    agent: Optional[CompactionTriggerAgent] = None


class ItemReferenceAgent(BaseModel):
    agent_name: str


class ItemReference(BaseModel):
    id: str
    agent: Optional[ItemReferenceAgent] = None
    type: Optional[Literal["item_reference"]] = None


class ProgramAgent(BaseModel):
    agent_name: str


class Program(BaseModel):
    id: str
    type: Literal["program"]
    call_id: str
    code: str
    fingerprint: str
    agent: Optional[ProgramAgent] = None


class ProgramOutputAgent(BaseModel):
    agent_name: str


class ProgramOutput(BaseModel):
    id: str
    type: Literal["program_output"]
    call_id: str
    result: str
    status: Literal["completed", "incomplete"]
    agent: Optional[ProgramOutputAgent] = None


BetaResponseInputItem: TypeAlias = Union[
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
