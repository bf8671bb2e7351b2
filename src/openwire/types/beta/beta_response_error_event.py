# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["Agent", "BetaResponseErrorEvent"]


class Agent(BaseModel):
    agent_name: str


class BetaResponseErrorEvent(BaseModel):
    type: Literal["error"]
    message: str
    sequence_number: int
    agent: Optional[Agent] = None
    code: Optional[str] = None
    param: Optional[str] = None
