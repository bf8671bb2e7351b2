# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from ..._models import BaseModel

__all__ = [
    "Agent",
    "BetaResponseFunctionShellToolCallOutput",
    "Caller",
    "CallerDirect",
    "CallerProgram",
    "Output",
    "OutputOutcome",
    "OutputOutcomeExit",
    "OutputOutcomeTimeout",
]


class Agent(BaseModel):
    agent_name: str


class OutputOutcomeTimeout(BaseModel):
    type: Literal["timeout"]


class OutputOutcomeExit(BaseModel):
    type: Literal["exit"]
    exit_code: int


OutputOutcome: TypeAlias = Annotated[Union[OutputOutcomeTimeout, OutputOutcomeExit], Field(discriminator="type")]


class Output(BaseModel):
    stdout: str
    stderr: str
    outcome: OutputOutcome
    created_by: Optional[str] = None


class CallerDirect(BaseModel):
    type: Literal["direct"]


class CallerProgram(BaseModel):
    type: Literal["program"]
    caller_id: str


Caller: TypeAlias = Optional[Annotated[Union[CallerDirect, CallerProgram], Field(discriminator="type")]]


class BetaResponseFunctionShellToolCallOutput(BaseModel):
    type: Literal["shell_call_output"]
    id: str
    call_id: str
    status: Literal["in_progress", "completed", "incomplete"]
    output: List[Output]
    agent: Optional[Agent] = None
    caller: Optional[Caller] = None
    created_by: Optional[str] = None
    max_output_length: Optional[int] = None
