# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional
from typing_extensions import Literal

from ..._models import BaseModel
from .beta_response_input_content import BetaResponseInputContent

__all__ = ["Agent", "BetaResponseInputMessageItem"]


class Agent(BaseModel):
    agent_name: str


class BetaResponseInputMessageItem(BaseModel):
    type: Literal["message"]
    role: Literal["user", "system", "developer"]
    content: List[BetaResponseInputContent]
    id: str
    agent: Optional[Agent] = None
    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None
