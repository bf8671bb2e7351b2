# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["Data", "SafetyIdentifierBlockedWebhookEvent"]


class Data(BaseModel):
    safety_category: str
    safety_identifier: str
    model: Optional[str] = None
    project_id: Optional[str] = None
    request_id: Optional[str] = None


class SafetyIdentifierBlockedWebhookEvent(BaseModel):
    created_at: int
    id: str
    data: Data
    type: Literal["safety_identifier.blocked"]
    object: Optional[Literal["event"]] = None
