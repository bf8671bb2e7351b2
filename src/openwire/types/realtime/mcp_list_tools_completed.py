# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["McpListToolsCompleted"]


class McpListToolsCompleted(BaseModel):
    event_id: str
    type: Literal["mcp_list_tools.completed"]
    item_id: str
