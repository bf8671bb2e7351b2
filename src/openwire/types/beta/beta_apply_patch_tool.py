# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaApplyPatchTool"]


class BetaApplyPatchTool(BaseModel):
    type: Literal["apply_patch"]
    allowed_callers: Optional[List[Literal["direct", "programmatic"]]] = None
