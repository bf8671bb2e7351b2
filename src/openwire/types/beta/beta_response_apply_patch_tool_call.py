# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from ..._models import BaseModel

__all__ = [
    "Agent",
    "BetaResponseApplyPatchToolCall",
    "Caller",
    "CallerDirect",
    "CallerProgram",
    "Operation",
    "OperationCreateFile",
    "OperationDeleteFile",
    "OperationUpdateFile",
]


class Agent(BaseModel):
    agent_name: str


class OperationCreateFile(BaseModel):
    type: Literal["create_file"]
    path: str
    diff: str


class OperationDeleteFile(BaseModel):
    type: Literal["delete_file"]
    path: str


class OperationUpdateFile(BaseModel):
    type: Literal["update_file"]
    path: str
    diff: str


Operation: TypeAlias = Annotated[
    Union[OperationCreateFile, OperationDeleteFile, OperationUpdateFile], Field(discriminator="type")
]


class CallerDirect(BaseModel):
    type: Literal["direct"]


class CallerProgram(BaseModel):
    type: Literal["program"]
    caller_id: str


Caller: TypeAlias = Optional[Annotated[Union[CallerDirect, CallerProgram], Field(discriminator="type")]]


class BetaResponseApplyPatchToolCall(BaseModel):
    type: Literal["apply_patch_call"]
    id: str
    call_id: str
    status: Literal["in_progress", "completed"]
    operation: Operation
    agent: Optional[Agent] = None
    caller: Optional[Caller] = None
    created_by: Optional[str] = None
