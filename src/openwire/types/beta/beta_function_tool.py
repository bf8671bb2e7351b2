# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Dict, List, Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaFunctionTool"]


class BetaFunctionTool(BaseModel):
    type: Literal["function"]
    name: str
    allowed_callers: Optional[List[Literal["direct", "programmatic"]]] = None
    defer_loading: Optional[bool] = None
    description: Optional[str] = None
    output_schema: Optional[Dict[str, object]] = None
    parameters: Optional[Dict[str, object]] = None
    strict: Optional[bool] = None
