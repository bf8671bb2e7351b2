# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel
from .text import Text

__all__ = ["TextContentBlock"]


class TextContentBlock(BaseModel):
    type: Literal["text"]
    text: Text
