# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional
from typing_extensions import Literal

from ..._models import BaseModel
from .beta_response_input_item import BetaResponseInputItem

__all__ = ["BetaResponseInjectFailedEvent", "Error"]


class Error(BaseModel):
    code: Literal["response_already_completed", "response_not_found"]
    message: str


class BetaResponseInjectFailedEvent(BaseModel):
    type: Literal["response.inject.failed"]
    response_id: str
    input: List[BetaResponseInputItem]
    error: Error
    sequence_number: int
    stream_id: Optional[str] = None
