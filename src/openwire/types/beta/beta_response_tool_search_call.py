# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["Agent", "BetaResponseToolSearchCall"]


class Agent(BaseModel):
    agent_name: str


class BetaResponseToolSearchCall(BaseModel):
    type: Literal["tool_search_call"]
    id: str
    execution: Literal["server", "client"]
    arguments: object
    status: Literal["in_progress", "completed", "incomplete"]
    agent: Optional[Agent] = None
    call_id: Optional[str] = None
    created_by: Optional[str] = None
