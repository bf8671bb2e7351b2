# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["Logprob", "TranscriptionTextDeltaEvent"]


class Logprob(BaseModel):
    bytes: Optional[List[int]] = None
    logprob: Optional[float] = None
    token: Optional[str] = None


class TranscriptionTextDeltaEvent(BaseModel):
    type: Literal["transcript.text.delta"]
    delta: str
    logprobs: Optional[List[Logprob]] = None
    segment_id: Optional[str] = None
