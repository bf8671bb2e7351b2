# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Optional
from typing_extensions import Literal, Required, TypedDict


__all__ = ["RealtimeMcpApprovalResponseParam"]


class RealtimeMcpApprovalResponseParam(TypedDict, total=False):
    type: Required[Literal["mcp_approval_response"]]
    id: Required[str]
    approval_request_id: Required[str]
    approve: Required[bool]
    reason: Optional[str]
