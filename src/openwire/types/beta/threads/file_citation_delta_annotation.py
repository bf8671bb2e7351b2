# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ...._models import BaseModel

__all__ = ["FileCitation", "FileCitationDeltaAnnotation"]


class FileCitation(BaseModel):
    file_id: Optional[str] = None
    quote: Optional[str] = None


class FileCitationDeltaAnnotation(BaseModel):
    index: int
    type: Literal["file_citation"]
    end_index: Optional[int] = None
    file_citation: Optional[FileCitation] = None
    start_index: Optional[int] = None
    text: Optional[str] = None
