# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["Agent", "BetaResponseAudioDeltaEvent"]


class Agent(BaseModel):
    agent_name: str


class BetaResponseAudioDeltaEvent(BaseModel):
    type: Literal["response.audio.delta"]
    sequence_number: int
    delta: str
    agent: Optional[Agent] = None
