# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Dict, List, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..._types import SequenceNotStr
from .realtime_function_tool_param import RealtimeFunctionToolParam

__all__ = [
    "Mcp",
    "McpAllowedTools",
    "McpAllowedToolsMcpToolFilter",
    "McpRequireApproval",
    "McpRequireApprovalMcpToolApprovalFilter",
    "McpRequireApprovalMcpToolApprovalFilterAlways",
    "McpRequireApprovalMcpToolApprovalFilterNever",
    "RealtimeToolsConfigUnionParam",
]


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


RealtimeToolsConfigUnionParam: TypeAlias = Union[RealtimeFunctionToolParam, Mcp]
