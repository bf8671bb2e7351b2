# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional
from typing_extensions import Literal

from ..._models import BaseModel
from .skill_version import SkillVersion

__all__ = ["SkillVersionList"]


class SkillVersionList(BaseModel):
    object: Literal["list"]
    data: List[SkillVersion]
    has_more: bool
    first_id: Optional[str] = None
    last_id: Optional[str] = None
