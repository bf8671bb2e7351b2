# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel

__all__ = ["FileCitation", "FileCitationAnnotation"]


class FileCitation(BaseModel):
    file_id: str


class FileCitationAnnotation(BaseModel):
    type: Literal["file_citation"]
    text: str
    file_citation: FileCitation
    start_index: int
    end_index: int
