# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["ResponseImageGenCallGeneratingEvent"]


class ResponseImageGenCallGeneratingEvent(BaseModel):
    type: Literal["response.image_generation_call.generating"]
    output_index: int
    item_id: str
    sequence_number: int
