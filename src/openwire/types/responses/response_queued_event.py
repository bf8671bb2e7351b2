# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel
from .response import Response

__all__ = ["ResponseQueuedEvent"]


class ResponseQueuedEvent(BaseModel):
    type: Literal["response.queued"]
    response: Response
    sequence_number: int
