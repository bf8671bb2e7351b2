# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel
from .response import Response

__all__ = ["ResponseFailedEvent"]


class ResponseFailedEvent(BaseModel):
    type: Literal["response.failed"]
    sequence_number: int
    response: Response
