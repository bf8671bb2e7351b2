# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from ....._models import BaseModel

__all__ = [
    "CodeInterpreter",
    "CodeInterpreterOutput",
    "CodeInterpreterOutputImage",
    "CodeInterpreterOutputImageImage",
    "CodeInterpreterOutputLogs",
    "CodeInterpreterToolCall",
]


class CodeInterpreterOutputLogs(BaseModel):
    type: Literal["logs"]
    logs: str


class CodeInterpreterOutputImageImage(BaseModel):
    file_id: str


class CodeInterpreterOutputImage(BaseModel):
    type: Literal["image"]
    image: CodeInterpreterOutputImageImage


CodeInterpreterOutput: TypeAlias = Annotated[
    Union[CodeInterpreterOutputLogs, CodeInterpreterOutputImage], Field(discriminator="type")
]


class CodeInterpreter(BaseModel):
    input: str
    outputs: List[CodeInterpreterOutput]


class CodeInterpreterToolCall(BaseModel):
    id: str
    type: Literal["code_interpreter"]
    code_interpreter: CodeInterpreter
