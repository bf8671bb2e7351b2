# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from ...._models import BaseModel

__all__ = [
    "Annotation",
    "AnnotationFile",
    "AnnotationFileSource",
    "AnnotationURL",
    "AnnotationURLSource",
    "ChatKitResponseOutputText",
]


class AnnotationFile(BaseModel):
    type: Literal["file"]
    source: AnnotationFileSource


class AnnotationFileSource(BaseModel):
    type: Literal["file"]
    filename: str


class AnnotationURL(BaseModel):
    type: Literal["url"]
    source: AnnotationURLSource


class AnnotationURLSource(BaseModel):
    type: Literal["url"]
    url: str


class ChatKitResponseOutputText(BaseModel):
    type: Literal["output_text"]
    text: str
    annotations: List[Annotation]


Annotation: TypeAlias = Annotated[Union[AnnotationFile, AnnotationURL], Field(discriminator="type")]
