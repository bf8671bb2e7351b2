# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Dict, Optional
from typing_extensions import Literal

from pydantic import Field

from .._models import BaseModel
from .shared.metadata import Metadata

__all__ = ["EvalStoredCompletionsDataSourceConfig"]


class EvalStoredCompletionsDataSourceConfig(BaseModel):
    type: Literal["stored_completions"]
    schema_: Dict[str, object] = Field(alias="schema")
    metadata: Optional[Metadata] = None
