# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Literal, Required, TypedDict


__all__ = ["RealtimeMcpToolExecutionErrorParam"]


class RealtimeMcpToolExecutionErrorParam(TypedDict, total=False):
    type: Required[Literal["tool_execution_error"]]
    message: Required[str]
