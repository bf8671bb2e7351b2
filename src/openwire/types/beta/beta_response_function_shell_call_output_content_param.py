# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict


__all__ = ["BetaResponseFunctionShellCallOutputContentParam", "Outcome", "OutcomeExit", "OutcomeTimeout"]


class BetaResponseFunctionShellCallOutputContentParam(TypedDict, total=False):
    stdout: Required[str]
    stderr: Required[str]
    outcome: Required["Outcome"]


class OutcomeTimeout(TypedDict, total=False):
    type: Required[Literal["timeout"]]


class OutcomeExit(TypedDict, total=False):
    type: Required[Literal["exit"]]
    exit_code: Required[int]


Outcome: TypeAlias = Union[OutcomeTimeout, OutcomeExit]
