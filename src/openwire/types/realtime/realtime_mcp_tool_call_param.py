# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .realtime_mcp_protocol_error_param import RealtimeMcpProtocolErrorParam
from .realtime_mcp_tool_execution_error_param import RealtimeMcpToolExecutionErrorParam
from .realtime_mcphttp_error_param import RealtimeMcphttpErrorParam

__all__ = ["Error", "RealtimeMcpToolCallParam"]

Error: TypeAlias = Union[RealtimeMcpProtocolErrorParam, RealtimeMcpToolExecutionErrorParam, RealtimeMcphttpErrorParam]


class RealtimeMcpToolCallParam(TypedDict, total=False):
    type: Required[Literal["mcp_call"]]
    id: Required[str]
    server_label: Required[str]
    name: Required[str]
    arguments: Required[str]
    approval_request_id: Optional[str]
    error: Optional["Error"]
    output: Optional[str]
