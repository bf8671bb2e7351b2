# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Dict, Optional, Union
from typing_extensions import TypeAlias

from ..._models import BaseModel
from .response_input_file import ResponseInputFile
from .response_input_image import ResponseInputImage
from .response_input_text import ResponseInputText

__all__ = ["ResponsePrompt", "Variables"]

Variables: TypeAlias = Dict[str, Union[str, ResponseInputText, ResponseInputImage, ResponseInputFile]]


class ResponsePrompt(BaseModel):
    id: str
    variables: Optional[Variables] = None
    version: Optional[str] = None
