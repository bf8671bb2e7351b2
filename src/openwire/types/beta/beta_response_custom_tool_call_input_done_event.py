# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["Agent", "BetaResponseCustomToolCallInputDoneEvent"]


class Agent(BaseModel):
    agent_name: str


class BetaResponseCustomToolCallInputDoneEvent(BaseModel):
    type: Literal["response.custom_tool_call_input.done"]
    sequence_number: int
    output_index: int
    item_id: str
    input: str
    agent: Optional[Agent] = None
