# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Dict, List
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaToolChoiceAllowed"]


class BetaToolChoiceAllowed(BaseModel):
    type: Literal["allowed_tools"]
    mode: Literal["auto", "required"]
    tools: List[Dict[str, object]]
