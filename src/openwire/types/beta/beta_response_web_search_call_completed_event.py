# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["Agent", "BetaResponseWebSearchCallCompletedEvent"]


class Agent(BaseModel):
    agent_name: str


class BetaResponseWebSearchCallCompletedEvent(BaseModel):
    type: Literal["response.web_search_call.completed"]
    output_index: int
    item_id: str
    sequence_number: int
    agent: Optional[Agent] = None
