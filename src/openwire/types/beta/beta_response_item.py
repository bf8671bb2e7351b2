# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Dict, List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from ..._models import BaseModel
from .beta_response_apply_patch_tool_call import BetaResponseApplyPatchToolCall
from .beta_response_apply_patch_tool_call_output import BetaResponseApplyPatchToolCallOutput
from .beta_response_code_interpreter_tool_call import BetaResponseCodeInterpreterToolCall
from .beta_response_compaction_item import BetaResponseCompactionItem
from .beta_response_computer_tool_call import BetaResponseComputerToolCall
from .beta_response_computer_tool_call_output_item import BetaResponseComputerToolCallOutputItem
from .beta_response_custom_tool_call_item import BetaResponseCustomToolCallItem
from .beta_response_custom_tool_call_output_item import BetaResponseCustomToolCallOutputItem
from .beta_response_file_search_tool_call import BetaResponseFileSearchToolCall
from .beta_response_function_shell_tool_call import BetaResponseFunctionShellToolCall
from .beta_response_function_shell_tool_call_output import BetaResponseFunctionShellToolCallOutput
from .beta_response_function_tool_call_item import BetaResponseFunctionToolCallItem
from .beta_response_function_tool_call_output_item import BetaResponseFunctionToolCallOutputItem
from .beta_response_function_web_search import BetaResponseFunctionWebSearch
from .beta_response_input_file import BetaResponseInputFile
from .beta_response_input_image import BetaResponseInputImage
from .beta_response_input_message_item import BetaResponseInputMessageItem
from .beta_response_input_text import BetaResponseInputText
from .beta_response_output_message import BetaResponseOutputMessage
from .beta_response_output_refusal import BetaResponseOutputRefusal
from .beta_response_output_text import BetaResponseOutputText
from .beta_response_reasoning_item import BetaResponseReasoningItem
from .beta_response_tool_search_call import BetaResponseToolSearchCall
from .beta_response_tool_search_output_item import BetaResponseToolSearchOutputItem
from .beta_tool import BetaTool

__all__ = [
    "AdditionalTools",
    "AdditionalToolsAgent",
    "AgentMessage",
    "AgentMessageAgent",
    "AgentMessageContent",
    "AgentMessageContentComputerScreenshot",
    "AgentMessageContentComputerScreenshotPromptCacheBreakpoint",
    "AgentMessageContentEncryptedContent",
    "AgentMessageContentReasoningText",
    "AgentMessageContentSummaryText",
    "AgentMessageContentText",
    "BetaResponseItem",
    "ImageGenerationCall",
    "ImageGenerationCallAgent",
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
    "MultiAgentCall",
    "MultiAgentCallAgent",
    "MultiAgentCallOutput",
    "MultiAgentCallOutputAgent",
    "Program",
    "ProgramAgent",
    "ProgramOutput",
    "ProgramOutputAgent",
]


class AdditionalToolsAgent(BaseModel):
    agent_name: str


class AdditionalTools(BaseModel):
    type: Literal["additional_tools"]
    id: str
    role: Literal["unknown", "user", "assistant", "system", "critic", "discriminator", "developer", "tool"]
    tools: List[BetaTool]
    agent: Optional[AdditionalToolsAgent] = None


class AgentMessageContentText(BaseModel):
    type: Literal["text"]
    text: str


class AgentMessageContentSummaryText(BaseModel):
    type: Literal["summary_text"]
    text: str


class AgentMessageContentReasoningText(BaseModel):
    type: Literal["reasoning_text"]
    text: str


class AgentMessageContentComputerScreenshotPromptCacheBreakpoint(BaseModel):
    mode: Literal["explicit"]


class AgentMessageContentComputerScreenshot(BaseModel):
    type: Literal["computer_screenshot"]
    detail: Literal["low", "high", "auto", "original"]
    file_id: Optional[str] = None
    image_url: Optional[str] = None
    prompt_cache_breakpoint: Optional[AgentMessageContentComputerScreenshotPromptCacheBreakpoint] = None


class AgentMessageContentEncryptedContent(BaseModel):
    type: Literal["encrypted_content"]
    encrypted_content: str


AgentMessageContent: TypeAlias = Annotated[
    Union[
        BetaResponseInputText,
        BetaResponseOutputText,
        AgentMessageContentText,
        AgentMessageContentSummaryText,
        AgentMessageContentReasoningText,
        BetaResponseOutputRefusal,
        BetaResponseInputImage,
        AgentMessageContentComputerScreenshot,
        BetaResponseInputFile,
        AgentMessageContentEncryptedContent,
    ],
    Field(discriminator="type"),
]


class AgentMessageAgent(BaseModel):
    agent_name: str


class AgentMessage(BaseModel):
    type: Literal["agent_message"]
    id: str
    author: str
    recipient: str
    content: List[AgentMessageContent]
    agent: Optional[AgentMessageAgent] = None


class MultiAgentCallAgent(BaseModel):
    agent_name: str


class MultiAgentCall(BaseModel):
    type: Literal["multi_agent_call"]
    id: str
    call_id: str
    action: Literal["spawn_agent", "interrupt_agent", "list_agents", "send_message", "followup_task", "wait_agent"]
    arguments: str
    agent: Optional[MultiAgentCallAgent] = None


class MultiAgentCallOutputAgent(BaseModel):
    agent_name: str


class MultiAgentCallOutput(BaseModel):
    type: Literal["multi_agent_call_output"]
    id: str
    call_id: str
    action: Literal["spawn_agent", "interrupt_agent", "list_agents", "send_message", "followup_task", "wait_agent"]
    output: List[BetaResponseOutputText]
    agent: Optional[MultiAgentCallOutputAgent] = None


class ProgramAgent(BaseModel):
    agent_name: str


class Program(BaseModel):
    type: Literal["program"]
    id: str
    call_id: str
    code: str
    fingerprint: str
    agent: Optional[ProgramAgent] = None


class ProgramOutputAgent(BaseModel):
    agent_name: str


class ProgramOutput(BaseModel):
    type: Literal["program_output"]
    id: str
    call_id: str
    result: str
    status: Literal["completed", "incomplete"]
    agent: Optional[ProgramOutputAgent] = None


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
    id: str
    approval_request_id: str
    approve: bool
    agent: Optional[McpApprovalResponseAgent] = None
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


BetaResponseItem: TypeAlias = Union[
    BetaResponseInputMessageItem,
    BetaResponseOutputMessage,
    BetaResponseFileSearchToolCall,
    BetaResponseComputerToolCall,
    BetaResponseComputerToolCallOutputItem,
    BetaResponseFunctionWebSearch,
    BetaResponseFunctionToolCallItem,
    BetaResponseFunctionToolCallOutputItem,
    AgentMessage,
    MultiAgentCall,
    MultiAgentCallOutput,
    BetaResponseToolSearchCall,
    BetaResponseToolSearchOutputItem,
    AdditionalTools,
    BetaResponseReasoningItem,
    Program,
    ProgramOutput,
    BetaResponseCompactionItem,
    ImageGenerationCall,
    BetaResponseCodeInterpreterToolCall,
    LocalShellCall,
    LocalShellCallOutput,
    BetaResponseFunctionShellToolCall,
    BetaResponseFunctionShellToolCallOutput,
    BetaResponseApplyPatchToolCall,
    BetaResponseApplyPatchToolCallOutput,
    McpListTools,
    McpApprovalRequest,
    McpApprovalResponse,
    McpCall,
    BetaResponseCustomToolCallItem,
    BetaResponseCustomToolCallOutputItem,
]
