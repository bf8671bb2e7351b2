# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from ..._models import BaseModel
from .response_output_refusal import ResponseOutputRefusal
from .response_output_text import ResponseOutputText

__all__ = ["Part", "PartReasoningText", "ResponseContentPartDoneEvent"]


class PartReasoningText(BaseModel):
    type: Literal["reasoning_text"]
    text: str


Part: TypeAlias = Annotated[
    Union[ResponseOutputText, ResponseOutputRefusal, PartReasoningText], Field(discriminator="type")
]


class ResponseContentPartDoneEvent(BaseModel):
    type: Literal["response.content_part.done"]
    item_id: str
    output_index: int
    content_index: int
    sequence_number: int
    part: Part
