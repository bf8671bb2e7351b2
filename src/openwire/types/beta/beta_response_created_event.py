# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel
from .beta_response import BetaResponse

__all__ = ["Agent", "BetaResponseCreatedEvent"]


class Agent(BaseModel):
    agent_name: str


class BetaResponseCreatedEvent(BaseModel):
    type: Literal["response.created"]
    response: BetaResponse
    sequence_number: int
    agent: Optional[Agent] = None
