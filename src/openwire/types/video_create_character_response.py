# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional

from .._models import BaseModel

__all__ = ["VideoCreateCharacterResponse"]


class VideoCreateCharacterResponse(BaseModel):
    created_at: int
    id: Optional[str] = None
    name: Optional[str] = None
