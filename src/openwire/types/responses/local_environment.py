# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional
from typing_extensions import Literal

from ..._models import BaseModel
from .local_skill import LocalSkill

__all__ = ["LocalEnvironment"]


class LocalEnvironment(BaseModel):
    type: Literal["local"]
    skills: Optional[List[LocalSkill]] = None
