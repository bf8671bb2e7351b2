# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from ..._models import BaseModel
from .realtime_mcp_protocol_error import RealtimeMcpProtocolError
from .realtime_mcp_tool_execution_error import RealtimeMcpToolExecutionError
from .realtime_mcphttp_error import RealtimeMcphttpError

__all__ = ["Error", "RealtimeMcpToolCall"]

Error: TypeAlias = Optional[
    Annotated[
        Union[RealtimeMcpProtocolError, RealtimeMcpToolExecutionError, RealtimeMcphttpError],
        Field(discriminator="type"),
    ]
]


class RealtimeMcpToolCall(BaseModel):
    type: Literal["mcp_call"]
    id: str
    server_label: str
    name: str
    arguments: str
    approval_request_id: Optional[str] = None
    error: Optional[Error] = None
    output: Optional[str] = None
