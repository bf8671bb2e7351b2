# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Optional
from typing_extensions import Literal, Required, TypedDict


__all__ = ["Agent", "BetaResponseCompactionItemParamParam"]


class Agent(TypedDict, total=False):
    agent_name: Required[str]


class BetaResponseCompactionItemParamParam(TypedDict, total=False):
    type: Required[Literal["compaction"]]
    encrypted_content: Required[str]
    agent: Optional["Agent"]
    id: Optional[str]
