# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["Agent", "BetaResponseReasoningSummaryTextDoneEvent"]


class Agent(BaseModel):
    agent_name: str


class BetaResponseReasoningSummaryTextDoneEvent(BaseModel):
    type: Literal["response.reasoning_summary_text.done"]
    item_id: str
    output_index: int
    summary_index: int
    text: str
    sequence_number: int
    agent: Optional[Agent] = None
