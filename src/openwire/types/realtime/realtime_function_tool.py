# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Dict, Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["RealtimeFunctionTool"]


class RealtimeFunctionTool(BaseModel):
    description: Optional[str] = None
    name: Optional[str] = None
    parameters: Optional[Dict[str, object]] = None
    type: Optional[Literal["function"]] = None
