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


class AnnotationFileSource(BaseModel):
    type: Literal["file"]
    filename: str


class AnnotationFile(BaseModel):
    type: Literal["file"]
    source: AnnotationFileSource


class AnnotationURLSource(BaseModel):
    type: Literal["url"]
    url: str


class AnnotationURL(BaseModel):
    type: Literal["url"]
    source: AnnotationURLSource


Annotation: TypeAlias = Annotated[Union[AnnotationFile, AnnotationURL], Field(discriminator="type")]


class ChatKitResponseOutputText(BaseModel):
    type: Literal["output_text"]
    text: str
    annotations: List[Annotation]
