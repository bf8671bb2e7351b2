# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from ..._models import BaseModel

__all__ = ["Output", "OutputImage", "OutputLogs", "ResponseCodeInterpreterToolCall"]


class OutputLogs(BaseModel):
    type: Literal["logs"]
    logs: str


class OutputImage(BaseModel):
    type: Literal["image"]
    url: str


Output: TypeAlias = Annotated[Union[OutputLogs, OutputImage], Field(discriminator="type")]


class ResponseCodeInterpreterToolCall(BaseModel):
    type: Literal["code_interpreter_call"]
    id: str
    status: Literal["in_progress", "completed", "incomplete", "interpreting", "failed"]
    container_id: str
    code: Optional[str] = None
    outputs: Optional[List[Output]] = None
