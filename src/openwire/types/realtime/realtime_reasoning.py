# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional

from ..._models import BaseModel
from .realtime_reasoning_effort import RealtimeReasoningEffort

__all__ = ["RealtimeReasoning"]


class RealtimeReasoning(BaseModel):
    effort: Optional[RealtimeReasoningEffort] = None
