# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict


__all__ = ["Caller", "CallerDirect", "CallerProgram", "ResponseFunctionToolCallParam"]


class CallerDirect(TypedDict, total=False):
    type: Required[Literal["direct"]]


class CallerProgram(TypedDict, total=False):
    type: Required[Literal["program"]]
    caller_id: Required[str]


Caller: TypeAlias = Union[CallerDirect, CallerProgram]


class ResponseFunctionToolCallParam(TypedDict, total=False):
    type: Required[Literal["function_call"]]
    call_id: Required[str]
    name: Required[str]
    arguments: Required[str]
    caller: Optional["Caller"]
    id: str
    namespace: str
    status: Literal["in_progress", "completed", "incomplete"]
