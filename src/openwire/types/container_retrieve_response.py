# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional
from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["ContainerRetrieveResponse", "ExpiresAfter", "NetworkPolicy"]


class ExpiresAfter(BaseModel):
    anchor: Optional[Literal["last_active_at"]] = None
    minutes: Optional[int] = None


class NetworkPolicy(BaseModel):
    type: Literal["allowlist", "disabled"]
    allowed_domains: Optional[List[str]] = None


class ContainerRetrieveResponse(BaseModel):
    id: str
    object: str
    name: str
    created_at: int
    status: str
    expires_after: Optional[ExpiresAfter] = None
    last_active_at: Optional[int] = None
    memory_limit: Optional[Literal["1g", "4g", "16g", "64g"]] = None
    network_policy: Optional[NetworkPolicy] = None
