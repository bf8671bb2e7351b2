# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Literal, Required, TypedDict


__all__ = ["RealtimeMcpApprovalRequestParam"]


class RealtimeMcpApprovalRequestParam(TypedDict, total=False):
    type: Required[Literal["mcp_approval_request"]]
    id: Required[str]
    server_label: Required[str]
    name: Required[str]
    arguments: Required[str]
