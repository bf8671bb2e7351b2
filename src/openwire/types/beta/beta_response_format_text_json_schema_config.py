# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Dict, Optional
from typing_extensions import Literal

from pydantic import Field

from ..._models import BaseModel

__all__ = ["BetaResponseFormatTextJSONSchemaConfig"]


class BetaResponseFormatTextJSONSchemaConfig(BaseModel):
    type: Literal["json_schema"]
    name: str
    schema_: Dict[str, object] = Field(alias="schema")
    description: Optional[str] = None
    strict: Optional[bool] = None
