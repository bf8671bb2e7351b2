# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional, Union
from typing_extensions import Literal

from ..._models import BaseModel
from .reasoning_effort import ReasoningEffort

__all__ = ["Reasoning"]


class Reasoning(BaseModel):
    context: Optional[Literal["auto", "current_turn", "all_turns"]] = None
    effort: Optional[ReasoningEffort] = None
    generate_summary: Optional[Literal["auto", "concise", "detailed"]] = None
    mode: Optional[Union[str, Literal["standard", "pro"]]] = None
    summary: Optional[Literal["auto", "concise", "detailed"]] = None
