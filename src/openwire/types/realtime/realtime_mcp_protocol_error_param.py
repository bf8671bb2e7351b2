# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Literal, Required, TypedDict


__all__ = ["RealtimeMcpProtocolErrorParam"]


class RealtimeMcpProtocolErrorParam(TypedDict, total=False):
    type: Required[Literal["protocol_error"]]
    code: Required[int]
    message: Required[str]
