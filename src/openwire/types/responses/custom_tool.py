# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional
from typing_extensions import Literal

from ..._models import BaseModel
from ..shared.custom_tool_input_format import CustomToolInputFormat

__all__ = ["CustomTool"]


class CustomTool(BaseModel):
    type: Literal["custom"]
    name: str
    allowed_callers: Optional[List[Literal["direct", "programmatic"]]] = None
    defer_loading: Optional[bool] = None
    description: Optional[str] = None
    format: Optional[CustomToolInputFormat] = None
