# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["RealtimeTruncationRetentionRatio", "TokenLimits"]


class TokenLimits(BaseModel):
    post_instructions: Optional[int] = None


class RealtimeTruncationRetentionRatio(BaseModel):
    type: Literal["retention_ratio"]
    retention_ratio: float
    token_limits: Optional[TokenLimits] = None
