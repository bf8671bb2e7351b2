# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Dict, List, Optional, Union
from typing_extensions import Literal, TypeAlias

from ..._models import BaseModel
from .realtime_function_tool import RealtimeFunctionTool

__all__ = [
    "Mcp",
    "McpAllowedTools",
    "McpAllowedToolsMcpToolFilter",
    "McpRequireApproval",
    "McpRequireApprovalMcpToolApprovalFilter",
    "McpRequireApprovalMcpToolApprovalFilterAlways",
    "McpRequireApprovalMcpToolApprovalFilterNever",
    "RealtimeToolsConfigUnion",
]


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


RealtimeToolsConfigUnion: TypeAlias = Union[RealtimeFunctionTool, Mcp]
