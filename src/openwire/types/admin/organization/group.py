# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel

__all__ = ["Group"]


class Group(BaseModel):
    id: str
    name: str
    created_at: int
    is_scim_managed: bool
    group_type: Literal["group", "tenant_group"]
