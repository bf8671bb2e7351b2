# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Dict, List, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..._types import SequenceNotStr

__all__ = [
    "AllowedTools",
    "AllowedToolsMcpToolFilter",
    "RealtimeResponseCreateMcpToolParam",
    "RequireApproval",
    "RequireApprovalMcpToolApprovalFilter",
    "RequireApprovalMcpToolApprovalFilterAlways",
    "RequireApprovalMcpToolApprovalFilterNever",
]


class AllowedToolsMcpToolFilter(TypedDict, total=False):
    read_only: bool
    tool_names: SequenceNotStr[str]


AllowedTools: TypeAlias = Union[SequenceNotStr[str], AllowedToolsMcpToolFilter]


class RealtimeResponseCreateMcpToolParam(TypedDict, total=False):
    type: Required[Literal["mcp"]]
    server_label: Required[str]
    allowed_callers: Optional[List[Literal["direct", "programmatic"]]]
    allowed_tools: Optional["AllowedTools"]
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
    require_approval: Optional["RequireApproval"]
    server_description: str
    server_url: str
    tunnel_id: str


class RequireApprovalMcpToolApprovalFilter(TypedDict, total=False):
    always: "RequireApprovalMcpToolApprovalFilterAlways"
    never: "RequireApprovalMcpToolApprovalFilterNever"


RequireApproval: TypeAlias = Union[RequireApprovalMcpToolApprovalFilter, Literal["always", "never"]]


class RequireApprovalMcpToolApprovalFilterAlways(TypedDict, total=False):
    read_only: bool
    tool_names: SequenceNotStr[str]


class RequireApprovalMcpToolApprovalFilterNever(TypedDict, total=False):
    read_only: bool
    tool_names: SequenceNotStr[str]
