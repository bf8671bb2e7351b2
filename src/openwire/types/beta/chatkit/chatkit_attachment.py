# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ...._models import BaseModel

__all__ = ["ChatKitAttachment"]


class ChatKitAttachment(BaseModel):
    type: Literal["image", "file"]
    id: str
    name: str
    mime_type: str
    preview_url: Optional[str] = None
