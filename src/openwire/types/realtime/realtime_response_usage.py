# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional

from ..._models import BaseModel
from .realtime_response_usage_input_token_details import RealtimeResponseUsageInputTokenDetails
from .realtime_response_usage_output_token_details import RealtimeResponseUsageOutputTokenDetails

__all__ = ["RealtimeResponseUsage"]


class RealtimeResponseUsage(BaseModel):
    input_token_details: Optional[RealtimeResponseUsageInputTokenDetails] = None
    input_tokens: Optional[int] = None
    output_token_details: Optional[RealtimeResponseUsageOutputTokenDetails] = None
    output_tokens: Optional[int] = None
    total_tokens: Optional[int] = None
