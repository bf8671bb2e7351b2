# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["RealtimeMcpApprovalResponse"]


class RealtimeMcpApprovalResponse(BaseModel):
    type: Literal["mcp_approval_response"]
    id: str
    approval_request_id: str
    approve: bool
    reason: Optional[str] = None
