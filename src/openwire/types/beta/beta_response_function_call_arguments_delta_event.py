# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["Agent", "BetaResponseFunctionCallArgumentsDeltaEvent"]


class Agent(BaseModel):
    agent_name: str


class BetaResponseFunctionCallArgumentsDeltaEvent(BaseModel):
    type: Literal["response.function_call_arguments.delta"]
    item_id: str
    output_index: int
    sequence_number: int
    delta: str
    agent: Optional[Agent] = None
