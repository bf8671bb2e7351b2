# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List
from typing_extensions import Literal

from pydantic import Field

from ....._models import BaseModel

__all__ = ["ProjectModelPermissions"]


class ProjectModelPermissions(BaseModel):
    object: Literal["project.model_permissions"]
    mode: Literal["allow_list", "deny_list"]
    api_model_ids: List[str] = Field(alias="model_ids")
