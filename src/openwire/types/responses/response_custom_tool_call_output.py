# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from ..._models import BaseModel
from .response_input_file import ResponseInputFile
from .response_input_image import ResponseInputImage
from .response_input_text import ResponseInputText

__all__ = ["Caller", "CallerDirect", "CallerProgram", "OutputOutputContentList", "ResponseCustomToolCallOutput"]


class CallerDirect(BaseModel):
    type: Literal["direct"]


class CallerProgram(BaseModel):
    type: Literal["program"]
    caller_id: str


Caller: TypeAlias = Optional[Annotated[Union[CallerDirect, CallerProgram], Field(discriminator="type")]]


OutputOutputContentList: TypeAlias = Union[
    str, List[Annotated[Union[ResponseInputText, ResponseInputImage, ResponseInputFile], Field(discriminator="type")]]
]


class ResponseCustomToolCallOutput(BaseModel):
    type: Literal["custom_tool_call_output"]
    call_id: str
    output: OutputOutputContentList
    caller: Optional[Caller] = None
    id: Optional[str] = None
