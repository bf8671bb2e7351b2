# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["Agent", "BetaResponseReasoningTextDeltaEvent"]


class Agent(BaseModel):
    agent_name: str


class BetaResponseReasoningTextDeltaEvent(BaseModel):
    type: Literal["response.reasoning_text.delta"]
    item_id: str
    output_index: int
    content_index: int
    delta: str
    sequence_number: int
    agent: Optional[Agent] = None
