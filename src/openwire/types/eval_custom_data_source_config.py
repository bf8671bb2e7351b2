# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Dict
from typing_extensions import Literal

from pydantic import Field

from .._models import BaseModel

__all__ = ["EvalCustomDataSourceConfig"]


class EvalCustomDataSourceConfig(BaseModel):
    type: Literal["custom"]
    schema_: Dict[str, object] = Field(alias="schema")
