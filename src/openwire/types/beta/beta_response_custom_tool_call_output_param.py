# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Iterable, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .beta_response_input_file_param import BetaResponseInputFileParam
from .beta_response_input_image_param import BetaResponseInputImageParam
from .beta_response_input_text_param import BetaResponseInputTextParam

__all__ = [
    "Agent",
    "BetaResponseCustomToolCallOutputParam",
    "Caller",
    "CallerDirect",
    "CallerProgram",
    "OutputOutputContentList",
]


class Agent(TypedDict, total=False):
    agent_name: Required[str]


class BetaResponseCustomToolCallOutputParam(TypedDict, total=False):
    type: Required[Literal["custom_tool_call_output"]]
    call_id: Required[str]
    output: Required["OutputOutputContentList"]
    agent: Optional["Agent"]
    caller: Optional["Caller"]
    id: str


class CallerDirect(TypedDict, total=False):
    type: Required[Literal["direct"]]


class CallerProgram(TypedDict, total=False):
    type: Required[Literal["program"]]
    caller_id: Required[str]


Caller: TypeAlias = Union[CallerDirect, CallerProgram]


OutputOutputContentList: TypeAlias = Union[
    str, Iterable[Union[BetaResponseInputTextParam, BetaResponseInputImageParam, BetaResponseInputFileParam]]
]
