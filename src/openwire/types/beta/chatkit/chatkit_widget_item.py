# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel

__all__ = ["ChatKitWidgetItem"]


class ChatKitWidgetItem(BaseModel):
    id: str
    object: Literal["chatkit.thread_item"]
    created_at: int
    thread_id: str
    type: Literal["chatkit.widget"]
    widget: str
