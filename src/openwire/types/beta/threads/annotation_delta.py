# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Union
from typing_extensions import Annotated, TypeAlias

from pydantic import Field

from .file_citation_delta_annotation import FileCitationDeltaAnnotation
from .file_path_delta_annotation import FilePathDeltaAnnotation

__all__ = ["AnnotationDelta"]

AnnotationDelta: TypeAlias = Annotated[
    Union[FileCitationDeltaAnnotation, FilePathDeltaAnnotation], Field(discriminator="type")
]
