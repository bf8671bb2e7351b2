# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional
from typing_extensions import Literal

from ..._models import BaseModel
from .response_input_content import ResponseInputContent

__all__ = ["ResponseInputMessageItem"]


class ResponseInputMessageItem(BaseModel):
    type: Literal["message"]
    role: Literal["user", "system", "developer"]
    content: List[ResponseInputContent]
    id: str
    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None
