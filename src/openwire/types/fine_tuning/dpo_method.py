# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional

from ..._models import BaseModel
from .dpo_hyperparameters import DpoHyperparameters

__all__ = ["DpoMethod"]


class DpoMethod(BaseModel):
    hyperparameters: Optional[DpoHyperparameters] = None
