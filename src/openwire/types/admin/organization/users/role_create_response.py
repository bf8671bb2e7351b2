# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing_extensions import Literal

from ....._models import BaseModel
from ..organization_user import OrganizationUser
from ..role import Role

__all__ = ["RoleCreateResponse"]


class RoleCreateResponse(BaseModel):
    object: Literal["user.role"]
    user: OrganizationUser
    role: Role
