# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Union
from typing_extensions import Annotated

from pydantic import Field

from ...._models import BaseModel
from .file_citation_annotation import FileCitationAnnotation
from .file_path_annotation import FilePathAnnotation

__all__ = ["Text"]


class Text(BaseModel):
    value: str
    annotations: List[Annotated[Union[FileCitationAnnotation, FilePathAnnotation], Field(discriminator="type")]]
