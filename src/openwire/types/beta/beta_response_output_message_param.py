# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Iterable, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .beta_response_output_refusal_param import BetaResponseOutputRefusalParam
from .beta_response_output_text_param import BetaResponseOutputTextParam

__all__ = ["Agent", "BetaResponseOutputMessageParam", "Content"]


class Agent(TypedDict, total=False):
    agent_name: Required[str]


class BetaResponseOutputMessageParam(TypedDict, total=False):
    id: Required[str]
    type: Required[Literal["message"]]
    role: Required[Literal["assistant"]]
    content: Required[Iterable["Content"]]
    status: Required[Literal["in_progress", "completed", "incomplete"]]
    agent: Optional["Agent"]
    phase: Optional[Literal["commentary", "final_answer"]]


Content: TypeAlias = Union[BetaResponseOutputTextParam, BetaResponseOutputRefusalParam]
