# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List
from typing_extensions import Literal

from ..._models import BaseModel
from .conversation_item import ConversationItem

__all__ = ["ConversationItemList"]


class ConversationItemList(BaseModel):
    object: Literal["list"]
    data: List[ConversationItem]
    has_more: bool
    first_id: str
    last_id: str
