# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional

from ..._models import BaseModel

__all__ = ["RealtimeTranscriptionSessionTurnDetection"]


class RealtimeTranscriptionSessionTurnDetection(BaseModel):
    prefix_padding_ms: Optional[int] = None
    silence_duration_ms: Optional[int] = None
    threshold: Optional[float] = None
    type: Optional[str] = None
