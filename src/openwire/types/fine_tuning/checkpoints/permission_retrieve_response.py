# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional
from typing_extensions import Literal

from ...._models import BaseModel

__all__ = ["Data", "PermissionRetrieveResponse"]


class Data(BaseModel):
    id: str
    created_at: int
    project_id: str
    object: Literal["checkpoint.permission"]


class PermissionRetrieveResponse(BaseModel):
    data: List[Data]
    object: Literal["list"]
    has_more: bool
    first_id: Optional[str] = None
    last_id: Optional[str] = None
