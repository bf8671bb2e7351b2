# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_inline_skill_source import BetaInlineSkillSource

__all__ = ["BetaInlineSkill"]


class BetaInlineSkill(BaseModel):
    type: Literal["inline"]
    name: str
    description: str
    source: BetaInlineSkillSource
