# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from ..._models import BaseModel
from .beta_response_input_file import BetaResponseInputFile
from .beta_response_input_image import BetaResponseInputImage
from .beta_response_input_text import BetaResponseInputText

__all__ = [
    "Agent",
    "BetaResponseFunctionToolCallOutputItem",
    "Caller",
    "CallerDirect",
    "CallerProgram",
    "OutputOutputContentList",
]


class Agent(BaseModel):
    agent_name: str


OutputOutputContentList: TypeAlias = Union[
    str,
    List[
        Annotated[
            Union[BetaResponseInputText, BetaResponseInputImage, BetaResponseInputFile], Field(discriminator="type")
        ]
    ],
]


class CallerDirect(BaseModel):
    type: Literal["direct"]


class CallerProgram(BaseModel):
    type: Literal["program"]
    caller_id: str


Caller: TypeAlias = Optional[Annotated[Union[CallerDirect, CallerProgram], Field(discriminator="type")]]


class BetaResponseFunctionToolCallOutputItem(BaseModel):
    id: str
    type: Literal["function_call_output"]
    call_id: str
    output: OutputOutputContentList
    status: Literal["in_progress", "completed", "incomplete"]
    agent: Optional[Agent] = None
    caller: Optional[Caller] = None
    created_by: Optional[str] = None
    name: Optional[str] = None
    namespace: Optional[str] = None
