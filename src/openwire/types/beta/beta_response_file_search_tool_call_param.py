# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Dict, Iterable, Optional, Union
from typing_extensions import Literal, Required, TypedDict

from ..._types import SequenceNotStr

__all__ = ["Agent", "BetaResponseFileSearchToolCallParam", "Result"]


class Agent(TypedDict, total=False):
    agent_name: Required[str]


class BetaResponseFileSearchToolCallParam(TypedDict, total=False):
    id: Required[str]
    type: Required[Literal["file_search_call"]]
    status: Required[Literal["in_progress", "searching", "completed", "incomplete", "failed"]]
    queries: Required[SequenceNotStr[str]]
    agent: Optional["Agent"]
    results: Optional[Iterable["Result"]]


class Result(TypedDict, total=False):
    attributes: Optional[Dict[str, Union[str, float, bool]]]
    file_id: str
    filename: str
    score: float
    text: str
