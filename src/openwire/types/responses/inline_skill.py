# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel
from .inline_skill_source import InlineSkillSource

__all__ = ["InlineSkill"]


class InlineSkill(BaseModel):
    type: Literal["inline"]
    name: str
    description: str
    source: InlineSkillSource
