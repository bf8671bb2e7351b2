# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["Data", "EvalRunFailedWebhookEvent"]


class Data(BaseModel):
    id: str


class EvalRunFailedWebhookEvent(BaseModel):
    created_at: int
    id: str
    data: Data
    type: Literal["eval.run.failed"]
    object: Optional[Literal["event"]] = None
