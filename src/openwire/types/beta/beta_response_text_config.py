# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel
from .beta_response_format_text_config import BetaResponseFormatTextConfig

__all__ = ["BetaResponseTextConfig"]


class BetaResponseTextConfig(BaseModel):
    format: Optional[BetaResponseFormatTextConfig] = None
    verbosity: Optional[Literal["low", "medium", "high"]] = None
