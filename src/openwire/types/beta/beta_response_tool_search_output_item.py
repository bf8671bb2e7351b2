# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional
from typing_extensions import Literal

from ..._models import BaseModel
from .beta_tool import BetaTool

__all__ = ["Agent", "BetaResponseToolSearchOutputItem"]


class Agent(BaseModel):
    agent_name: str


class BetaResponseToolSearchOutputItem(BaseModel):
    type: Literal["tool_search_output"]
    id: str
    execution: Literal["server", "client"]
    tools: List[BetaTool]
    status: Literal["in_progress", "completed", "incomplete"]
    agent: Optional[Agent] = None
    call_id: Optional[str] = None
    created_by: Optional[str] = None
