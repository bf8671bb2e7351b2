# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["Data", "EvalRunSucceededWebhookEvent"]


class Data(BaseModel):
    id: str


class EvalRunSucceededWebhookEvent(BaseModel):
    created_at: int
    id: str
    data: Data
    type: Literal["eval.run.succeeded"]
    object: Optional[Literal["event"]] = None
