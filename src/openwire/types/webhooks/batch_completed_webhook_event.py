# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BatchCompletedWebhookEvent", "Data"]


class Data(BaseModel):
    id: str


class BatchCompletedWebhookEvent(BaseModel):
    created_at: int
    id: str
    data: Data
    type: Literal["batch.completed"]
    object: Optional[Literal["event"]] = None
