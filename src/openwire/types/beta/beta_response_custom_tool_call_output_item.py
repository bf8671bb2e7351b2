# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from .beta_response_custom_tool_call_output import BetaResponseCustomToolCallOutput

__all__ = ["BetaResponseCustomToolCallOutputItem"]


class BetaResponseCustomToolCallOutputItem(BetaResponseCustomToolCallOutput):
    id: str
    status: Literal["in_progress", "completed", "incomplete"]
    created_by: Optional[str] = None
