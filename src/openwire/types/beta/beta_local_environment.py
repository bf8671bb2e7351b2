# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional
from typing_extensions import Literal

from ..._models import BaseModel
from .beta_local_skill import BetaLocalSkill

__all__ = ["BetaLocalEnvironment"]


class BetaLocalEnvironment(BaseModel):
    type: Literal["local"]
    skills: Optional[List[BetaLocalSkill]] = None
