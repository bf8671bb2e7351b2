# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["Agent", "BetaResponseReasoningItem", "Content", "Summary"]


class Agent(BaseModel):
    agent_name: str


class Summary(BaseModel):
    type: Literal["summary_text"]
    text: str


class Content(BaseModel):
    type: Literal["reasoning_text"]
    text: str


class BetaResponseReasoningItem(BaseModel):
    type: Literal["reasoning"]
    id: str
    summary: List[Summary]
    agent: Optional[Agent] = None
    content: Optional[List[Content]] = None
    encrypted_content: Optional[str] = None
    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None
