# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional
from typing_extensions import Literal

from ..._models import BaseModel
from .tool import Tool

__all__ = ["ResponseToolSearchOutputItem"]


class ResponseToolSearchOutputItem(BaseModel):
    type: Literal["tool_search_output"]
    id: str
    execution: Literal["server", "client"]
    tools: List[Tool]
    status: Literal["in_progress", "completed", "incomplete"]
    call_id: Optional[str] = None
    created_by: Optional[str] = None
