# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["Agent", "BetaResponseImageGenCallCompletedEvent"]


class Agent(BaseModel):
    agent_name: str


class BetaResponseImageGenCallCompletedEvent(BaseModel):
    type: Literal["response.image_generation_call.completed"]
    output_index: int
    sequence_number: int
    item_id: str
    agent: Optional[Agent] = None
