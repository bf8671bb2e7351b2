# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Dict, Optional, Union
from typing_extensions import TypeAlias

from ..._models import BaseModel
from .beta_response_input_file import BetaResponseInputFile
from .beta_response_input_image import BetaResponseInputImage
from .beta_response_input_text import BetaResponseInputText

__all__ = ["BetaResponsePrompt", "Variables"]

Variables: TypeAlias = Dict[str, Union[str, BetaResponseInputText, BetaResponseInputImage, BetaResponseInputFile]]


class BetaResponsePrompt(BaseModel):
    id: str
    variables: Optional[Variables] = None
    version: Optional[str] = None
