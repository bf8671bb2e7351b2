# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing_extensions import Literal

from ....._models import BaseModel

__all__ = ["ProjectServiceAccount"]


class ProjectServiceAccount(BaseModel):
    object: Literal["organization.project.service_account"]
    id: str
    name: str
    role: Literal["owner", "member", "none"]
    created_at: int
