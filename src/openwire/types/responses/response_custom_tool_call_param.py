# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict


__all__ = ["Caller", "CallerDirect", "CallerProgram", "ResponseCustomToolCallParam"]


class CallerDirect(TypedDict, total=False):
    type: Required[Literal["direct"]]


class CallerProgram(TypedDict, total=False):
    type: Required[Literal["program"]]
    caller_id: Required[str]


Caller: TypeAlias = Union[CallerDirect, CallerProgram]


class ResponseCustomToolCallParam(TypedDict, total=False):
    type: Required[Literal["custom_tool_call"]]
    call_id: Required[str]
    name: Required[str]
    input: Required[str]
    caller: Optional["Caller"]
    id: str
    namespace: str
