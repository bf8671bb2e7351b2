# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List

from ..._models import BaseModel

__all__ = ["LogProbProperties"]


class LogProbProperties(BaseModel):
    token: str
    logprob: float
    bytes: List[int]
