# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional
from typing_extensions import Literal

from .._models import BaseModel
from .skill import Skill

__all__ = ["SkillList"]


class SkillList(BaseModel):
    object: Literal["list"]
    data: List[Skill]
    has_more: bool
    first_id: Optional[str] = None
    last_id: Optional[str] = None
