# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["Agent", "BetaResponseCodeInterpreterCallCodeDeltaEvent"]


class Agent(BaseModel):
    agent_name: str


class BetaResponseCodeInterpreterCallCodeDeltaEvent(BaseModel):
    type: Literal["response.code_interpreter_call_code.delta"]
    output_index: int
    item_id: str
    delta: str
    sequence_number: int
    agent: Optional[Agent] = None
