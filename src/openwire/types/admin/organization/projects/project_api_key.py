# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ....._models import BaseModel

__all__ = ["Owner", "OwnerServiceAccount", "OwnerUser", "ProjectAPIKey"]


class OwnerServiceAccount(BaseModel):
    id: str
    name: str
    created_at: int
    role: str


class OwnerUser(BaseModel):
    id: str
    email: str
    name: str
    created_at: int
    role: str


class Owner(BaseModel):
    service_account: Optional[OwnerServiceAccount] = None
    type: Optional[Literal["user", "service_account"]] = None
    user: Optional[OwnerUser] = None


class ProjectAPIKey(BaseModel):
    object: Literal["organization.project.api_key"]
    redacted_value: str
    name: str
    created_at: int
    id: str
    owner_project_access: Literal["active", "inactive"]
    owner: Owner
    last_used_at: Optional[int] = None
