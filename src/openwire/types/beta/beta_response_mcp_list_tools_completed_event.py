# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["Agent", "BetaResponseMcpListToolsCompletedEvent"]


class Agent(BaseModel):
    agent_name: str


class BetaResponseMcpListToolsCompletedEvent(BaseModel):
    type: Literal["response.mcp_list_tools.completed"]
    item_id: str
    output_index: int
    sequence_number: int
    agent: Optional[Agent] = None
