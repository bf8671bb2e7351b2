# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel
from ...responses.response import Response

__all__ = ["ResponseCreatedEvent"]


class ResponseCreatedEvent(BaseModel):
    type: Literal["response.created"]
    response: Response
    event_id: str
