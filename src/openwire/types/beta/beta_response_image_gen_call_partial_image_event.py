# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["Agent", "BetaResponseImageGenCallPartialImageEvent"]


class Agent(BaseModel):
    agent_name: str


class BetaResponseImageGenCallPartialImageEvent(BaseModel):
    type: Literal["response.image_generation_call.partial_image"]
    output_index: int
    item_id: str
    sequence_number: int
    partial_image_index: int
    partial_image_b64: str
    agent: Optional[Agent] = None
