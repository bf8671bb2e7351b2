# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from ..._models import BaseModel

__all__ = ["Caller", "CallerDirect", "CallerProgram", "ResponseApplyPatchToolCallOutput"]


class CallerDirect(BaseModel):
    type: Literal["direct"]


class CallerProgram(BaseModel):
    type: Literal["program"]
    caller_id: str


Caller: TypeAlias = Optional[Annotated[Union[CallerDirect, CallerProgram], Field(discriminator="type")]]


class ResponseApplyPatchToolCallOutput(BaseModel):
    type: Literal["apply_patch_call_output"]
    id: str
    call_id: str
    status: Literal["completed", "failed"]
    caller: Optional[Caller] = None
    created_by: Optional[str] = None
    output: Optional[str] = None
