# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["ResponseMcpCallInProgressEvent"]


class ResponseMcpCallInProgressEvent(BaseModel):
    type: Literal["response.mcp_call.in_progress"]
    sequence_number: int
    output_index: int
    item_id: str
