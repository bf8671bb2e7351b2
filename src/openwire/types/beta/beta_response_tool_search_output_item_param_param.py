# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Iterable, Optional
from typing_extensions import Literal, Required, TypedDict

from .beta_tool_param import BetaToolParam

__all__ = ["Agent", "BetaResponseToolSearchOutputItemParamParam"]


class Agent(TypedDict, total=False):
    agent_name: Required[str]


class BetaResponseToolSearchOutputItemParamParam(TypedDict, total=False):
    type: Required[Literal["tool_search_output"]]
    tools: Required[Iterable["BetaToolParam"]]
    agent: Optional["Agent"]
    call_id: Optional[str]
    execution: Literal["server", "client"]
    id: Optional[str]
    status: Optional[Literal["in_progress", "completed", "incomplete"]]
