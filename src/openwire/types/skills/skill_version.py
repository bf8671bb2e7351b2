# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["SkillVersion"]


class SkillVersion(BaseModel):
    object: Literal["skill.version"]
    id: str
    skill_id: str
    version: str
    created_at: int
    name: str
    description: str
