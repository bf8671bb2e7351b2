# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["ResponseMcpCallCompleted"]


class ResponseMcpCallCompleted(BaseModel):
    event_id: str
    type: Literal["response.mcp_call.completed"]
    output_index: int
    item_id: str
