# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["RateLimit", "RateLimitsUpdatedEvent"]


class RateLimit(BaseModel):
    limit: Optional[int] = None
    name: Optional[Literal["requests", "tokens"]] = None
    remaining: Optional[int] = None
    reset_seconds: Optional[float] = None


class RateLimitsUpdatedEvent(BaseModel):
    event_id: str
    type: Literal["rate_limits.updated"]
    rate_limits: List[RateLimit]
