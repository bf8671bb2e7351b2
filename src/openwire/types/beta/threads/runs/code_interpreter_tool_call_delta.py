# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from ....._models import BaseModel
from .code_interpreter_logs import CodeInterpreterLogs
from .code_interpreter_output_image import CodeInterpreterOutputImage

__all__ = ["CodeInterpreter", "CodeInterpreterOutput", "CodeInterpreterToolCallDelta"]

CodeInterpreterOutput: TypeAlias = Annotated[
    Union[CodeInterpreterLogs, CodeInterpreterOutputImage], Field(discriminator="type")
]


class CodeInterpreter(BaseModel):
    input: Optional[str] = None
    outputs: Optional[List[CodeInterpreterOutput]] = None


class CodeInterpreterToolCallDelta(BaseModel):
    index: int
    type: Literal["code_interpreter"]
    code_interpreter: Optional[CodeInterpreter] = None
    id: Optional[str] = None
