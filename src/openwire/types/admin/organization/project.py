# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ...._models import BaseModel

__all__ = ["Project"]


class Project(BaseModel):
    id: str
    object: Literal["organization.project"]
    created_at: int
    archived_at: Optional[int] = None
    external_key_id: Optional[str] = None
    name: Optional[str] = None
    status: Optional[str] = None
