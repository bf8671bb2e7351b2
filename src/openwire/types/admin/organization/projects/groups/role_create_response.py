# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing_extensions import Literal

from ......_models import BaseModel
from ...role import Role

__all__ = ["Group", "RoleCreateResponse"]


class Group(BaseModel):
    object: Literal["group"]
    id: str
    name: str
    created_at: int
    scim_managed: bool


class RoleCreateResponse(BaseModel):
    object: Literal["group.role"]
    group: Group
    role: Role
