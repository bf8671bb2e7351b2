# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Optional, Union
from typing_extensions import Literal, TypedDict

from .reasoning_effort import ReasoningEffort

__all__ = ["Reasoning"]


class Reasoning(TypedDict, total=False):
    context: Optional[Literal["auto", "current_turn", "all_turns"]]
    effort: Optional["ReasoningEffort"]
    generate_summary: Optional[Literal["auto", "concise", "detailed"]]
    mode: Union[str, Literal["standard", "pro"]]
    summary: Optional[Literal["auto", "concise", "detailed"]]
