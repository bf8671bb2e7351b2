# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing_extensions import Literal

from ....._models import BaseModel

__all__ = ["ProjectGroup"]


class ProjectGroup(BaseModel):
    object: Literal["project.group"]
    project_id: str
    group_id: str
    group_name: str
    group_type: Literal["group", "tenant_group"]
    created_at: int
