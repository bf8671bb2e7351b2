# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Iterable, Optional
from typing_extensions import Literal, Required, TypedDict


__all__ = ["Agent", "BetaResponseReasoningItemParam", "Content", "Summary"]


class Agent(TypedDict, total=False):
    agent_name: Required[str]


class BetaResponseReasoningItemParam(TypedDict, total=False):
    type: Required[Literal["reasoning"]]
    id: Required[str]
    summary: Required[Iterable["Summary"]]
    agent: Optional["Agent"]
    content: Iterable["Content"]
    encrypted_content: Optional[str]
    status: Literal["in_progress", "completed", "incomplete"]


class Content(TypedDict, total=False):
    type: Required[Literal["reasoning_text"]]
    text: Required[str]


class Summary(TypedDict, total=False):
    type: Required[Literal["summary_text"]]
    text: Required[str]
