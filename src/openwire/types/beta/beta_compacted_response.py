# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List
from typing_extensions import Literal

from ..._models import BaseModel
from .beta_response_output_item import BetaResponseOutputItem
from .beta_response_usage import BetaResponseUsage

__all__ = ["BetaCompactedResponse"]


class BetaCompactedResponse(BaseModel):
    id: str
    object: Literal["response.compaction"]
    output: List[BetaResponseOutputItem]
    created_at: int
    usage: BetaResponseUsage
