# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["Agent", "BetaResponseMcpCallArgumentsDoneEvent"]


class Agent(BaseModel):
    agent_name: str


class BetaResponseMcpCallArgumentsDoneEvent(BaseModel):
    type: Literal["response.mcp_call_arguments.done"]
    output_index: int
    item_id: str
    arguments: str
    sequence_number: int
    agent: Optional[Agent] = None
