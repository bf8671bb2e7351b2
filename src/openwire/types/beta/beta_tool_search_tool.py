# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Dict, Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaToolSearchTool"]


class BetaToolSearchTool(BaseModel):
    type: Literal["tool_search"]
    description: Optional[str] = None
    execution: Optional[Literal["server", "client"]] = None
    parameters: Optional[Dict[str, object]] = None
