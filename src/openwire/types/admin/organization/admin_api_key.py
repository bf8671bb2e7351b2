# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ...._models import BaseModel

__all__ = ["AdminAPIKey", "Owner"]


class Owner(BaseModel):
    created_at: Optional[int] = None
    id: Optional[str] = None
    name: Optional[str] = None
    object: Optional[str] = None
    role: Optional[str] = None
    type: Optional[str] = None


class AdminAPIKey(BaseModel):
    object: Literal["organization.admin_api_key"]
    id: str
    redacted_value: str
    created_at: int
    owner: Owner
    expires_at: Optional[int] = None
    last_used_at: Optional[int] = None
    name: Optional[str] = None
