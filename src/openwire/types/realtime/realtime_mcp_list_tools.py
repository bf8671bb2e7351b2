# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Dict, List, Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["RealtimeMcpListTools", "Tool"]


class Tool(BaseModel):
    name: str
    input_schema: Dict[str, object]
    annotations: Optional[Dict[str, object]] = None
    description: Optional[str] = None


class RealtimeMcpListTools(BaseModel):
    type: Literal["mcp_list_tools"]
    server_label: str
    tools: List[Tool]
    id: Optional[str] = None
