# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ...._models import BaseModel
from .admin_api_key import Owner

__all__ = ["AdminAPIKeyCreateResponse"]


class AdminAPIKeyCreateResponse(BaseModel):
    object: Literal["organization.admin_api_key"]
    id: str
    redacted_value: str
    created_at: int
    owner: Owner
    value: str
    expires_at: Optional[int] = None
    last_used_at: Optional[int] = None
    name: Optional[str] = None
