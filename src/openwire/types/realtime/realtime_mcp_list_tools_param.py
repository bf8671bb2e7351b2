# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Dict, Iterable, Optional
from typing_extensions import Literal, Required, TypedDict


__all__ = ["RealtimeMcpListToolsParam", "Tool"]


class RealtimeMcpListToolsParam(TypedDict, total=False):
    type: Required[Literal["mcp_list_tools"]]
    server_label: Required[str]
    tools: Required[Iterable["Tool"]]
    id: str


class Tool(TypedDict, total=False):
    name: Required[str]
    input_schema: Required[Dict[str, object]]
    annotations: Optional[Dict[str, object]]
    description: Optional[str]
