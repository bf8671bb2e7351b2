# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["Agent", "BetaResponseReasoningSummaryPartDoneEvent", "Part"]


class Agent(BaseModel):
    agent_name: str


class Part(BaseModel):
    type: Literal["summary_text"]
    text: str


class BetaResponseReasoningSummaryPartDoneEvent(BaseModel):
    type: Literal["response.reasoning_summary_part.done"]
    item_id: str
    output_index: int
    summary_index: int
    sequence_number: int
    part: Part
    agent: Optional[Agent] = None
    status: Optional[Literal["incomplete"]] = None
