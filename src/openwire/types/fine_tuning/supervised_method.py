# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional

from ..._models import BaseModel
from .supervised_hyperparameters import SupervisedHyperparameters

__all__ = ["SupervisedMethod"]


class SupervisedMethod(BaseModel):
    hyperparameters: Optional[SupervisedHyperparameters] = None
