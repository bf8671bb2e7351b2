# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List
from typing_extensions import Literal

from ..._models import BaseModel
from .beta_response_input_item import BetaResponseInputItem

__all__ = ["BetaResponseInjectEvent"]


class BetaResponseInjectEvent(BaseModel):
    type: Literal["response.inject"]
    response_id: str
    input: List[BetaResponseInputItem]
