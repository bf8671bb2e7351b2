# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ....._models import BaseModel

__all__ = ["APIKey", "ServiceAccountCreateResponse"]


class APIKey(BaseModel):
    object: Literal["organization.project.service_account.api_key"]
    value: str
    name: str
    created_at: int
    id: str


class ServiceAccountCreateResponse(BaseModel):
    object: Literal["organization.project.service_account"]
    id: str
    name: str
    role: Literal["member", "none"]
    created_at: int
    api_key: Optional[APIKey] = None
