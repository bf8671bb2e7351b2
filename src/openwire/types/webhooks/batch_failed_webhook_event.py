# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BatchFailedWebhookEvent", "Data"]


class Data(BaseModel):
    id: str


class BatchFailedWebhookEvent(BaseModel):
    created_at: int
    id: str
    data: Data
    type: Literal["batch.failed"]
    object: Optional[Literal["event"]] = None
