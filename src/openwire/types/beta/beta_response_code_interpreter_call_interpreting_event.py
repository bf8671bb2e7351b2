# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["Agent", "BetaResponseCodeInterpreterCallInterpretingEvent"]


class Agent(BaseModel):
    agent_name: str


class BetaResponseCodeInterpreterCallInterpretingEvent(BaseModel):
    type: Literal["response.code_interpreter_call.interpreting"]
    output_index: int
    item_id: str
    sequence_number: int
    agent: Optional[Agent] = None
