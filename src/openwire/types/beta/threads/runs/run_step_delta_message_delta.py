# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ....._models import BaseModel

__all__ = ["MessageCreation", "RunStepDeltaMessageDelta"]


class MessageCreation(BaseModel):
    message_id: Optional[str] = None


class RunStepDeltaMessageDelta(BaseModel):
    type: Literal["message_creation"]
    message_creation: Optional[MessageCreation] = None
