# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ....._models import BaseModel

__all__ = ["ProjectUser"]


class ProjectUser(BaseModel):
    object: Literal["organization.project.user"]
    id: str
    role: str
    added_at: int
    email: Optional[str] = None
    name: Optional[str] = None
