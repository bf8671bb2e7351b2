# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Dict, List, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..._types import SequenceNotStr
from ..chat.chat_completion_function_tool_param import ChatCompletionFunctionToolParam
from .apply_patch_tool_param import ApplyPatchToolParam
from .computer_tool_param import ComputerToolParam
from .computer_use_preview_tool_param import ComputerUsePreviewToolParam
from .container_network_policy_allowlist_param import ContainerNetworkPolicyAllowlistParam
from .container_network_policy_disabled_param import ContainerNetworkPolicyDisabledParam
from .custom_tool_param import CustomToolParam
from .file_search_tool_param import FileSearchToolParam
from .function_shell_tool_param import FunctionShellToolParam
from .function_tool_param import FunctionToolParam
from .namespace_tool_param import NamespaceToolParam
from .tool_search_tool_param import ToolSearchToolParam
from .web_search_preview_tool_param import WebSearchPreviewToolParam
from .web_search_tool_param import Filters, UserLocation, WebSearchToolParam

__all__ = [
    "CodeInterpreter",
    "CodeInterpreterContainer",
    "CodeInterpreterContainerCodeInterpreterToolAuto",
    "CodeInterpreterContainerCodeInterpreterToolAutoNetworkPolicy",
    "ImageGeneration",
    "ImageGenerationInputImageMask",
    "LocalShell",
    "Mcp",
    "McpAllowedTools",
    "McpAllowedToolsMcpToolFilter",
    "McpRequireApproval",
    "McpRequireApprovalMcpToolApprovalFilter",
    "McpRequireApprovalMcpToolApprovalFilterAlways",
    "McpRequireApprovalMcpToolApprovalFilterNever",
    "ParseableToolParam",
    "ProgrammaticToolCalling",
    "ToolParam",
    "WebSearchTool",
    "WebSearchToolFilters",
    "WebSearchToolUserLocation",
]


class CodeInterpreter(TypedDict, total=False):
    type: Required[Literal["code_interpreter"]]
    container: Required["CodeInterpreterContainer"]
    allowed_callers: Optional[List[Literal["direct", "programmatic"]]]


class CodeInterpreterContainerCodeInterpreterToolAuto(TypedDict, total=False):
    type: Required[Literal["auto"]]
    file_ids: SequenceNotStr[str]
    memory_limit: Optional[Literal["1g", "4g", "16g", "64g"]]
    network_policy: "CodeInterpreterContainerCodeInterpreterToolAutoNetworkPolicy"


CodeInterpreterContainer: TypeAlias = Union[str, CodeInterpreterContainerCodeInterpreterToolAuto]


CodeInterpreterContainerCodeInterpreterToolAutoNetworkPolicy: TypeAlias = Union[
    ContainerNetworkPolicyDisabledParam, ContainerNetworkPolicyAllowlistParam
]


class ImageGeneration(TypedDict, total=False):
    type: Required[Literal["image_generation"]]
    action: Literal["generate", "edit", "auto"]
    background: Literal["transparent", "opaque", "auto"]
    input_fidelity: Optional[Literal["high", "low"]]
    input_image_mask: "ImageGenerationInputImageMask"
    model: Union[
        str,
        Literal[
            "gpt-image-1",
            "gpt-image-1-mini",
            "gpt-image-2",
            "gpt-image-2-2026-04-21",
            "gpt-image-1.5",
            "chatgpt-image-latest",
        ],
    ]
    moderation: Literal["auto", "low"]
    output_compression: int
    output_format: Literal["png", "webp", "jpeg"]
    partial_images: int
    quality: Literal["low", "medium", "high", "auto"]
    size: Union[str, Literal["1024x1024", "1024x1536", "1536x1024", "auto"]]


class ImageGenerationInputImageMask(TypedDict, total=False):
    file_id: str
    image_url: str


class LocalShell(TypedDict, total=False):
    type: Required[Literal["local_shell"]]


class Mcp(TypedDict, total=False):
    type: Required[Literal["mcp"]]
    server_label: Required[str]
    allowed_callers: Optional[List[Literal["direct", "programmatic"]]]
    allowed_tools: Optional["McpAllowedTools"]
    authorization: str
    connector_id: Literal[
        "connector_dropbox",
        "connector_gmail",
        "connector_googlecalendar",
        "connector_googledrive",
        "connector_microsoftteams",
        "connector_outlookcalendar",
        "connector_outlookemail",
        "connector_sharepoint",
    ]
    defer_loading: bool
    headers: Optional[Dict[str, str]]
    require_approval: Optional["McpRequireApproval"]
    server_description: str
    server_url: str
    tunnel_id: str


class McpAllowedToolsMcpToolFilter(TypedDict, total=False):
    read_only: bool
    tool_names: SequenceNotStr[str]


McpAllowedTools: TypeAlias = Union[SequenceNotStr[str], McpAllowedToolsMcpToolFilter]


class McpRequireApprovalMcpToolApprovalFilter(TypedDict, total=False):
    always: "McpRequireApprovalMcpToolApprovalFilterAlways"
    never: "McpRequireApprovalMcpToolApprovalFilterNever"


McpRequireApproval: TypeAlias = Union[McpRequireApprovalMcpToolApprovalFilter, Literal["always", "never"]]


class McpRequireApprovalMcpToolApprovalFilterAlways(TypedDict, total=False):
    read_only: bool
    tool_names: SequenceNotStr[str]


class McpRequireApprovalMcpToolApprovalFilterNever(TypedDict, total=False):
    read_only: bool
    tool_names: SequenceNotStr[str]


class ProgrammaticToolCalling(TypedDict, total=False):
    type: Required[Literal["programmatic_tool_calling"]]


ParseableToolParam: TypeAlias = Union[
    FunctionToolParam,
    FileSearchToolParam,
    ComputerToolParam,
    ComputerUsePreviewToolParam,
    WebSearchToolParam,
    Mcp,
    CodeInterpreter,
    ProgrammaticToolCalling,
    ImageGeneration,
    LocalShell,
    FunctionShellToolParam,
    CustomToolParam,
    NamespaceToolParam,
    ToolSearchToolParam,
    WebSearchPreviewToolParam,
    ApplyPatchToolParam,
    ChatCompletionFunctionToolParam,
]


ToolParam: TypeAlias = Union[
    FunctionToolParam,
    FileSearchToolParam,
    ComputerToolParam,
    ComputerUsePreviewToolParam,
    WebSearchToolParam,
    Mcp,
    CodeInterpreter,
    ProgrammaticToolCalling,
    ImageGeneration,
    LocalShell,
    FunctionShellToolParam,
    CustomToolParam,
    NamespaceToolParam,
    ToolSearchToolParam,
    WebSearchPreviewToolParam,
    ApplyPatchToolParam,
]


WebSearchTool = WebSearchToolParam


WebSearchToolFilters = Filters


WebSearchToolUserLocation = UserLocation
