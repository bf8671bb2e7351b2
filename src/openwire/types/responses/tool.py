# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Dict, List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from ..._models import BaseModel
from .apply_patch_tool import ApplyPatchTool
from .computer_tool import ComputerTool
from .computer_use_preview_tool import ComputerUsePreviewTool
from .container_network_policy_allowlist import ContainerNetworkPolicyAllowlist
from .container_network_policy_disabled import ContainerNetworkPolicyDisabled
from .custom_tool import CustomTool
from .file_search_tool import FileSearchTool
from .function_shell_tool import FunctionShellTool
from .function_tool import FunctionTool
from .namespace_tool import NamespaceTool
from .tool_search_tool import ToolSearchTool
from .web_search_preview_tool import WebSearchPreviewTool
from .web_search_tool import Filters, UserLocation, WebSearchTool

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
    "ProgrammaticToolCalling",
    "Tool",
    "WebSearchToolFilters",
    "WebSearchToolUserLocation",
    "WebSearchTool",
]

CodeInterpreterContainerCodeInterpreterToolAutoNetworkPolicy: TypeAlias = Annotated[
    Union[ContainerNetworkPolicyDisabled, ContainerNetworkPolicyAllowlist], Field(discriminator="type")
]


class CodeInterpreterContainerCodeInterpreterToolAuto(BaseModel):
    type: Literal["auto"]
    file_ids: Optional[List[str]] = None
    memory_limit: Optional[Literal["1g", "4g", "16g", "64g"]] = None
    network_policy: Optional[CodeInterpreterContainerCodeInterpreterToolAutoNetworkPolicy] = None


CodeInterpreterContainer: TypeAlias = Union[str, CodeInterpreterContainerCodeInterpreterToolAuto]


class CodeInterpreter(BaseModel):
    type: Literal["code_interpreter"]
    container: CodeInterpreterContainer
    allowed_callers: Optional[List[Literal["direct", "programmatic"]]] = None


class ImageGenerationInputImageMask(BaseModel):
    file_id: Optional[str] = None
    image_url: Optional[str] = None


class ImageGeneration(BaseModel):
    type: Literal["image_generation"]
    action: Optional[Literal["generate", "edit", "auto"]] = None
    background: Optional[Literal["transparent", "opaque", "auto"]] = None
    input_fidelity: Optional[Literal["high", "low"]] = None
    input_image_mask: Optional[ImageGenerationInputImageMask] = None
    model: Optional[
        Union[
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
    ] = None
    moderation: Optional[Literal["auto", "low"]] = None
    output_compression: Optional[int] = None
    output_format: Optional[Literal["png", "webp", "jpeg"]] = None
    partial_images: Optional[int] = None
    quality: Optional[Literal["low", "medium", "high", "auto"]] = None
    size: Optional[Union[str, Literal["1024x1024", "1024x1536", "1536x1024", "auto"]]] = None


class LocalShell(BaseModel):
    type: Literal["local_shell"]


class McpAllowedToolsMcpToolFilter(BaseModel):
    read_only: Optional[bool] = None
    tool_names: Optional[List[str]] = None


McpAllowedTools: TypeAlias = Optional[Union[List[str], McpAllowedToolsMcpToolFilter]]


class McpRequireApprovalMcpToolApprovalFilterAlways(BaseModel):
    read_only: Optional[bool] = None
    tool_names: Optional[List[str]] = None


class McpRequireApprovalMcpToolApprovalFilterNever(BaseModel):
    read_only: Optional[bool] = None
    tool_names: Optional[List[str]] = None


class McpRequireApprovalMcpToolApprovalFilter(BaseModel):
    always: Optional[McpRequireApprovalMcpToolApprovalFilterAlways] = None
    never: Optional[McpRequireApprovalMcpToolApprovalFilterNever] = None


McpRequireApproval: TypeAlias = Optional[Union[McpRequireApprovalMcpToolApprovalFilter, Literal["always", "never"]]]


class Mcp(BaseModel):
    type: Literal["mcp"]
    server_label: str
    allowed_callers: Optional[List[Literal["direct", "programmatic"]]] = None
    allowed_tools: Optional[McpAllowedTools] = None
    authorization: Optional[str] = None
    connector_id: Optional[
        Literal[
            "connector_dropbox",
            "connector_gmail",
            "connector_googlecalendar",
            "connector_googledrive",
            "connector_microsoftteams",
            "connector_outlookcalendar",
            "connector_outlookemail",
            "connector_sharepoint",
        ]
    ] = None
    defer_loading: Optional[bool] = None
    headers: Optional[Dict[str, str]] = None
    require_approval: Optional[McpRequireApproval] = None
    server_description: Optional[str] = None
    server_url: Optional[str] = None
    tunnel_id: Optional[str] = None


class ProgrammaticToolCalling(BaseModel):
    type: Literal["programmatic_tool_calling"]


Tool: TypeAlias = Annotated[
    Union[
        FunctionTool,
        FileSearchTool,
        ComputerTool,
        ComputerUsePreviewTool,
        WebSearchTool,
        Mcp,
        CodeInterpreter,
        ProgrammaticToolCalling,
        ImageGeneration,
        LocalShell,
        FunctionShellTool,
        CustomTool,
        NamespaceTool,
        ToolSearchTool,
        WebSearchPreviewTool,
        ApplyPatchTool,
    ],
    Field(discriminator="type"),
]


WebSearchToolFilters = Filters


WebSearchToolUserLocation = UserLocation
