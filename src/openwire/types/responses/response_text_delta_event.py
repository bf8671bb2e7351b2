# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["Logprob", "LogprobTopLogprob", "ResponseTextDeltaEvent"]


class LogprobTopLogprob(BaseModel):
    logprob: Optional[float] = None
    token: Optional[str] = None


class Logprob(BaseModel):
    token: str
    logprob: float
    top_logprobs: Optional[List[LogprobTopLogprob]] = None


class ResponseTextDeltaEvent(BaseModel):
    type: Literal["response.output_text.delta"]
    item_id: str
    output_index: int
    content_index: int
    delta: str
    sequence_number: int
    logprobs: List[Logprob]
