# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from ..._models import BaseModel
from .beta_response_output_refusal import BetaResponseOutputRefusal
from .beta_response_output_text import BetaResponseOutputText

__all__ = ["Agent", "BetaResponseOutputMessage", "Content"]


class Agent(BaseModel):
    agent_name: str


Content: TypeAlias = Annotated[Union[BetaResponseOutputText, BetaResponseOutputRefusal], Field(discriminator="type")]


class BetaResponseOutputMessage(BaseModel):
    id: str
    type: Literal["message"]
    role: Literal["assistant"]
    content: List[Content]
    status: Literal["in_progress", "completed", "incomplete"]
    agent: Optional[Agent] = None
    phase: Optional[Literal["commentary", "final_answer"]] = None
