# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel
from .realtime_response_create_params import RealtimeResponseCreateParams

__all__ = ["ResponseCreateEvent"]


class ResponseCreateEvent(BaseModel):
    type: Literal["response.create"]
    event_id: Optional[str] = None
    response: Optional[RealtimeResponseCreateParams] = None
