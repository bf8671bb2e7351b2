# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Iterable, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .response_input_file_param import ResponseInputFileParam
from .response_input_image_param import ResponseInputImageParam
from .response_input_text_param import ResponseInputTextParam

__all__ = ["Caller", "CallerDirect", "CallerProgram", "OutputOutputContentList", "ResponseCustomToolCallOutputParam"]


class CallerDirect(TypedDict, total=False):
    type: Required[Literal["direct"]]


class CallerProgram(TypedDict, total=False):
    type: Required[Literal["program"]]
    caller_id: Required[str]


Caller: TypeAlias = Union[CallerDirect, CallerProgram]


OutputOutputContentList: TypeAlias = Union[
    str, Iterable[Union[ResponseInputTextParam, ResponseInputImageParam, ResponseInputFileParam]]
]


class ResponseCustomToolCallOutputParam(TypedDict, total=False):
    type: Required[Literal["custom_tool_call_output"]]
    call_id: Required[str]
    output: Required["OutputOutputContentList"]
    caller: Optional["Caller"]
    id: str
