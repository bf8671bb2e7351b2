# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaResponseInjectCreatedEvent"]


class BetaResponseInjectCreatedEvent(BaseModel):
    type: Literal["response.inject.created"]
    response_id: str
    sequence_number: int
    stream_id: Optional[str] = None
