# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["Agent", "BetaResponseCompactionItem"]


class Agent(BaseModel):
    agent_name: str


class BetaResponseCompactionItem(BaseModel):
    type: Literal["compaction"]
    id: str
    encrypted_content: str
    agent: Optional[Agent] = None
    created_by: Optional[str] = None
