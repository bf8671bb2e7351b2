# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel
from ..responses.response_content_part_done_event import Part as ResponseContentPartDoneEventPart

__all__ = ["Part", "ResponseContentPartDoneEvent"]


class Part(BaseModel):
    audio: Optional[str] = None
    text: Optional[str] = None
    transcript: Optional[str] = None
    type: Optional[Literal["audio", "text"]] = None


class ResponseContentPartDoneEvent(BaseModel):
    type: Literal["response.content_part.done"]
    item_id: str
    output_index: int
    content_index: int
    part: ResponseContentPartDoneEventPart
    event_id: str
    response_id: str
