# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["Part", "ResponseReasoningSummaryPartAddedEvent"]


class Part(BaseModel):
    type: Literal["summary_text"]
    text: str


class ResponseReasoningSummaryPartAddedEvent(BaseModel):
    type: Literal["response.reasoning_summary_part.added"]
    item_id: str
    output_index: int
    summary_index: int
    sequence_number: int
    part: Part
