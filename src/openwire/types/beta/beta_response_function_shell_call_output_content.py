# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from ..._models import BaseModel

__all__ = ["BetaResponseFunctionShellCallOutputContent", "Outcome", "OutcomeExit", "OutcomeTimeout"]


class OutcomeTimeout(BaseModel):
    type: Literal["timeout"]


class OutcomeExit(BaseModel):
    type: Literal["exit"]
    exit_code: int


Outcome: TypeAlias = Annotated[Union[OutcomeTimeout, OutcomeExit], Field(discriminator="type")]


class BetaResponseFunctionShellCallOutputContent(BaseModel):
    stdout: str
    stderr: str
    outcome: Outcome
