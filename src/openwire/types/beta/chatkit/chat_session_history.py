# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional

from ...._models import BaseModel

__all__ = ["ChatSessionHistory"]


class ChatSessionHistory(BaseModel):
    enabled: bool
    recent_threads: Optional[int] = None
