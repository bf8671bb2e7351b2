# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["Agent", "BetaResponseCompactionItemParam"]


class Agent(BaseModel):
    agent_name: str


class BetaResponseCompactionItemParam(BaseModel):
    type: Literal["compaction"]
    encrypted_content: str
    agent: Optional[Agent] = None
    id: Optional[str] = None
