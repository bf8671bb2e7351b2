# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Union
from typing_extensions import Literal

from ....._models import BaseModel

__all__ = ["Enforcement", "ProjectSpendLimit"]


class Enforcement(BaseModel):
    status: Union[str, Literal["inactive", "enforcing"]]


class ProjectSpendLimit(BaseModel):
    object: Literal["project.spend_limit"]
    threshold_amount: int
    currency: Union[str, Literal["USD"]]
    interval: Union[str, Literal["month"]]
    enforcement: Enforcement
