# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel
from .beta_response_output_item import BetaResponseOutputItem

__all__ = ["Agent", "BetaResponseOutputItemAddedEvent"]


class Agent(BaseModel):
    agent_name: str


class BetaResponseOutputItemAddedEvent(BaseModel):
    type: Literal["response.output_item.added"]
    output_index: int
    sequence_number: int
    item: BetaResponseOutputItem
    agent: Optional[Agent] = None
