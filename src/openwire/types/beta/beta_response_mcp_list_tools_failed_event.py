# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["Agent", "BetaResponseMcpListToolsFailedEvent"]


class Agent(BaseModel):
    agent_name: str


class BetaResponseMcpListToolsFailedEvent(BaseModel):
    type: Literal["response.mcp_list_tools.failed"]
    item_id: str
    output_index: int
    sequence_number: int
    agent: Optional[Agent] = None
