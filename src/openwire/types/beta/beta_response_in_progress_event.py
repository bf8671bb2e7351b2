# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel
from .beta_response import BetaResponse

__all__ = ["Agent", "BetaResponseInProgressEvent"]


class Agent(BaseModel):
    agent_name: str


class BetaResponseInProgressEvent(BaseModel):
    type: Literal["response.in_progress"]
    response: BetaResponse
    sequence_number: int
    agent: Optional[Agent] = None
