# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["Agent", "BetaResponseReasoningSummaryTextDeltaEvent"]


class Agent(BaseModel):
    agent_name: str


class BetaResponseReasoningSummaryTextDeltaEvent(BaseModel):
    type: Literal["response.reasoning_summary_text.delta"]
    item_id: str
    output_index: int
    summary_index: int
    delta: str
    sequence_number: int
    agent: Optional[Agent] = None
