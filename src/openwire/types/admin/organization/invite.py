# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional
from typing_extensions import Literal

from ...._models import BaseModel

__all__ = ["Invite", "Project"]


class Project(BaseModel):
    id: str
    role: Literal["member", "owner"]


class Invite(BaseModel):
    object: Literal["organization.invite"]
    id: str
    email: str
    role: Literal["owner", "reader"]
    status: Literal["accepted", "expired", "pending"]
    created_at: int
    projects: List[Project]
    accepted_at: Optional[int] = None
    expires_at: Optional[int] = None
