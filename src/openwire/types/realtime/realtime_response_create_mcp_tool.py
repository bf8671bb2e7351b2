# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Dict, List, Optional, Union
from typing_extensions import Literal, TypeAlias

from ..._models import BaseModel

__all__ = [
    "AllowedTools",
    "AllowedToolsMcpToolFilter",
    "RealtimeResponseCreateMcpTool",
    "RequireApproval",
    "RequireApprovalMcpToolApprovalFilter",
    "RequireApprovalMcpToolApprovalFilterAlways",
    "RequireApprovalMcpToolApprovalFilterNever",
]


class AllowedToolsMcpToolFilter(BaseModel):
    read_only: Optional[bool] = None
    tool_names: Optional[List[str]] = None


AllowedTools: TypeAlias = Optional[Union[List[str], AllowedToolsMcpToolFilter]]


class RequireApprovalMcpToolApprovalFilterAlways(BaseModel):
    read_only: Optional[bool] = None
    tool_names: Optional[List[str]] = None


class RequireApprovalMcpToolApprovalFilterNever(BaseModel):
    read_only: Optional[bool] = None
    tool_names: Optional[List[str]] = None


class RequireApprovalMcpToolApprovalFilter(BaseModel):
    always: Optional[RequireApprovalMcpToolApprovalFilterAlways] = None
    never: Optional[RequireApprovalMcpToolApprovalFilterNever] = None


RequireApproval: TypeAlias = Optional[Union[RequireApprovalMcpToolApprovalFilter, Literal["always", "never"]]]


class RealtimeResponseCreateMcpTool(BaseModel):
    type: Literal["mcp"]
    server_label: str
    allowed_callers: Optional[List[Literal["direct", "programmatic"]]] = None
    allowed_tools: Optional[AllowedTools] = None
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
    require_approval: Optional[RequireApproval] = None
    server_description: Optional[str] = None
    server_url: Optional[str] = None
    tunnel_id: Optional[str] = None
