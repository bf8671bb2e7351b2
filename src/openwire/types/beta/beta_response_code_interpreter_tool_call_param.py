# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Iterable, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict


__all__ = ["Agent", "BetaResponseCodeInterpreterToolCallParam", "Output", "OutputImage", "OutputLogs"]


class Agent(TypedDict, total=False):
    agent_name: Required[str]


class BetaResponseCodeInterpreterToolCallParam(TypedDict, total=False):
    type: Required[Literal["code_interpreter_call"]]
    id: Required[str]
    status: Required[Literal["in_progress", "completed", "incomplete", "interpreting", "failed"]]
    container_id: Required[str]
    code: Required[Optional[str]]
    outputs: Required[Optional[Iterable["Output"]]]
    agent: Optional["Agent"]


class OutputLogs(TypedDict, total=False):
    type: Required[Literal["logs"]]
    logs: Required[str]


class OutputImage(TypedDict, total=False):
    type: Required[Literal["image"]]
    url: Required[str]


Output: TypeAlias = Union[OutputLogs, OutputImage]
