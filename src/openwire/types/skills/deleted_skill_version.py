# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["DeletedSkillVersion"]


class DeletedSkillVersion(BaseModel):
    object: Literal["skill.version.deleted"]
    deleted: bool
    id: str
    version: str
