# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel

__all__ = ["FilePath", "FilePathAnnotation"]


class FilePath(BaseModel):
    file_id: str


class FilePathAnnotation(BaseModel):
    type: Literal["file_path"]
    text: str
    file_path: FilePath
    start_index: int
    end_index: int
