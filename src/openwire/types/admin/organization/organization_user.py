# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional
from typing_extensions import Literal

from ...._models import BaseModel

__all__ = ["OrganizationUser", "Projects", "ProjectsData", "User"]


class ProjectsData(BaseModel):
    id: Optional[str] = None
    name: Optional[str] = None
    role: Optional[str] = None


class Projects(BaseModel):
    object: Literal["list"]
    data: List[ProjectsData]


class User(BaseModel):
    object: Literal["user"]
    id: str
    banned: Optional[bool] = None
    banned_at: Optional[int] = None
    email: Optional[str] = None
    enabled: Optional[bool] = None
    name: Optional[str] = None
    picture: Optional[str] = None


class OrganizationUser(BaseModel):
    object: Literal["organization.user"]
    id: str
    added_at: int
    api_key_last_used_at: Optional[int] = None
    created: Optional[int] = None
    developer_persona: Optional[str] = None
    email: Optional[str] = None
    is_default: Optional[bool] = None
    is_scale_tier_authorized_purchaser: Optional[bool] = None
    is_scim_managed: Optional[bool] = None
    is_service_account: Optional[bool] = None
    name: Optional[str] = None
    projects: Optional[Projects] = None
    role: Optional[str] = None
    technical_level: Optional[str] = None
    user: Optional[User] = None
