# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["Agent", "BetaResponseImageGenCallGeneratingEvent"]


class Agent(BaseModel):
    agent_name: str


class BetaResponseImageGenCallGeneratingEvent(BaseModel):
    type: Literal["response.image_generation_call.generating"]
    output_index: int
    item_id: str
    sequence_number: int
    agent: Optional[Agent] = None
