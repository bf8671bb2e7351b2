# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List
from typing_extensions import Literal

from ..._models import BaseModel
from .response_output_item import ResponseOutputItem
from .response_usage import ResponseUsage

__all__ = ["CompactedResponse"]


class CompactedResponse(BaseModel):
    id: str
    object: Literal["response.compaction"]
    output: List[ResponseOutputItem]
    created_at: int
    usage: ResponseUsage
