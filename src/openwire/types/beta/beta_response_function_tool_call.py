# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from ..._models import BaseModel

__all__ = ["Agent", "BetaResponseFunctionToolCall", "Caller", "CallerDirect", "CallerProgram"]


class Agent(BaseModel):
    agent_name: str


class CallerDirect(BaseModel):
    type: Literal["direct"]


class CallerProgram(BaseModel):
    type: Literal["program"]
    caller_id: str


Caller: TypeAlias = Optional[Annotated[Union[CallerDirect, CallerProgram], Field(discriminator="type")]]


class BetaResponseFunctionToolCall(BaseModel):
    type: Literal["function_call"]
    call_id: str
    name: str
    arguments: str
    agent: Optional[Agent] = None
    caller: Optional[Caller] = None
    id: Optional[str] = None
    namespace: Optional[str] = None
    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None
