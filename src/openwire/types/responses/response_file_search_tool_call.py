# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Dict, List, Optional, Union
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["ResponseFileSearchToolCall", "Result"]


class Result(BaseModel):
    attributes: Optional[Dict[str, Union[str, float, bool]]] = None
    file_id: Optional[str] = None
    filename: Optional[str] = None
    score: Optional[float] = None
    text: Optional[str] = None


class ResponseFileSearchToolCall(BaseModel):
    id: str
    type: Literal["file_search_call"]
    status: Literal["in_progress", "searching", "completed", "incomplete", "failed"]
    queries: List[str]
    results: Optional[List[Result]] = None
