# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from ..._models import BaseModel
from .beta_response_output_refusal import BetaResponseOutputRefusal
from .beta_response_output_text import BetaResponseOutputText

__all__ = ["Agent", "BetaResponseContentPartDoneEvent", "Part", "PartReasoningText"]


class Agent(BaseModel):
    agent_name: str


class PartReasoningText(BaseModel):
    type: Literal["reasoning_text"]
    text: str


Part: TypeAlias = Annotated[
    Union[BetaResponseOutputText, BetaResponseOutputRefusal, PartReasoningText], Field(discriminator="type")
]


class BetaResponseContentPartDoneEvent(BaseModel):
    type: Literal["response.content_part.done"]
    item_id: str
    output_index: int
    content_index: int
    sequence_number: int
    part: Part
    agent: Optional[Agent] = None
