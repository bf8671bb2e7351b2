# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ...._models import BaseModel
from ...responses.response_content_part_added_event import Part as ResponseContentPartAddedEventPart

__all__ = ["Part", "ResponseContentPartAddedEvent"]


class Part(BaseModel):
    audio: Optional[str] = None
    text: Optional[str] = None
    transcript: Optional[str] = None
    type: Optional[Literal["audio", "text"]] = None


class ResponseContentPartAddedEvent(BaseModel):
    type: Literal["response.content_part.added"]
    item_id: str
    output_index: int
    content_index: int
    part: ResponseContentPartAddedEventPart
    event_id: str
    response_id: str
