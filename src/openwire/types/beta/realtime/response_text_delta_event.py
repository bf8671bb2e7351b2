# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel

__all__ = ["ResponseTextDeltaEvent"]


class ResponseTextDeltaEvent(BaseModel):
    type: Literal["response.text.delta"]
    item_id: str
    output_index: int
    content_index: int
    delta: str
    event_id: str
    response_id: str
