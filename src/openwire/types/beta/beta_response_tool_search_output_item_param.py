# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional
from typing_extensions import Literal

from ..._models import BaseModel
from .beta_tool import BetaTool

__all__ = ["Agent", "BetaResponseToolSearchOutputItemParam"]


class Agent(BaseModel):
    agent_name: str


class BetaResponseToolSearchOutputItemParam(BaseModel):
    type: Literal["tool_search_output"]
    tools: List[BetaTool]
    agent: Optional[Agent] = None
    call_id: Optional[str] = None
    execution: Optional[Literal["server", "client"]] = None
    id: Optional[str] = None
    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None
