# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from .._models import BaseModel
from .file_object import FileObject

__all__ = ["Upload"]


class Upload(BaseModel):
    id: str
    created_at: int
    filename: str
    bytes: int
    purpose: str
    status: Literal["pending", "completed", "cancelled", "expired"]
    expires_at: int
    object: Literal["upload"]
    file: Optional[FileObject] = None
