# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Dict, Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["Agent", "BetaResponseOutputTextAnnotationAddedEvent"]


class Agent(BaseModel):
    agent_name: str


class BetaResponseOutputTextAnnotationAddedEvent(BaseModel):
    type: Literal["response.output_text.annotation.added"]
    item_id: str
    output_index: int
    content_index: int
    annotation_index: int
    sequence_number: int
    annotation: Dict[str, object]
    agent: Optional[Agent] = None
