# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional
from typing_extensions import Literal

from ...._models import BaseModel

__all__ = ["Role"]


class Role(BaseModel):
    object: Literal["role"]
    id: str
    name: str
    permissions: List[str]
    resource_type: str
    predefined_role: bool
    description: Optional[str] = None
