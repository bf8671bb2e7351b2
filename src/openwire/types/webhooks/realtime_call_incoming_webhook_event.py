# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["Data", "DataSipHeader", "RealtimeCallIncomingWebhookEvent"]


class DataSipHeader(BaseModel):
    name: str
    value: str


class Data(BaseModel):
    call_id: str
    sip_headers: List[DataSipHeader]


class RealtimeCallIncomingWebhookEvent(BaseModel):
    created_at: int
    id: str
    data: Data
    type: Literal["realtime.call.incoming"]
    object: Optional[Literal["event"]] = None
