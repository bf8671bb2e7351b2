# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["Skill"]


class Skill(BaseModel):
    id: str
    object: Literal["skill"]
    name: str
    description: str
    created_at: int
    default_version: str
    latest_version: str
