# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["Agent", "BetaResponseMcpCallInProgressEvent"]


class Agent(BaseModel):
    agent_name: str


class BetaResponseMcpCallInProgressEvent(BaseModel):
    type: Literal["response.mcp_call.in_progress"]
    sequence_number: int
    output_index: int
    item_id: str
    agent: Optional[Agent] = None
