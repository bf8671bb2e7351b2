# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from ..._models import BaseModel
from .beta_response_container_reference import BetaResponseContainerReference
from .beta_response_local_environment import BetaResponseLocalEnvironment

__all__ = [
    "Action",
    "Agent",
    "BetaResponseFunctionShellToolCall",
    "Caller",
    "CallerDirect",
    "CallerProgram",
    "Environment",
]


class Action(BaseModel):
    commands: List[str]
    max_output_length: Optional[int] = None
    timeout_ms: Optional[int] = None


class Agent(BaseModel):
    agent_name: str


class CallerDirect(BaseModel):
    type: Literal["direct"]


class CallerProgram(BaseModel):
    type: Literal["program"]
    caller_id: str


Caller: TypeAlias = Optional[Annotated[Union[CallerDirect, CallerProgram], Field(discriminator="type")]]


Environment: TypeAlias = Optional[
    Annotated[Union[BetaResponseLocalEnvironment, BetaResponseContainerReference], Field(discriminator="type")]
]


class BetaResponseFunctionShellToolCall(BaseModel):
    type: Literal["shell_call"]
    id: str
    call_id: str
    action: Action
    status: Literal["in_progress", "completed", "incomplete"]
    agent: Optional[Agent] = None
    caller: Optional[Caller] = None
    created_by: Optional[str] = None
    environment: Optional[Environment] = None
