# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional

from ...._models import BaseModel

__all__ = ["ChatSessionFileUpload"]


class ChatSessionFileUpload(BaseModel):
    enabled: bool
    max_file_size: Optional[int] = None
    max_files: Optional[int] = None
