# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from ..._models import BaseModel

__all__ = [
    "Annotation",
    "AnnotationContainerFileCitation",
    "AnnotationFileCitation",
    "AnnotationFilePath",
    "AnnotationURLCitation",
    "Logprob",
    "LogprobTopLogprob",
    "ResponseOutputText",
]


class AnnotationFileCitation(BaseModel):
    type: Literal["file_citation"]
    file_id: str
    index: int
    filename: str


class AnnotationURLCitation(BaseModel):
    type: Literal["url_citation"]
    url: str
    start_index: int
    end_index: int
    title: str


class AnnotationContainerFileCitation(BaseModel):
    type: Literal["container_file_citation"]
    container_id: str
    file_id: str
    start_index: int
    end_index: int
    filename: str


class AnnotationFilePath(BaseModel):
    type: Literal["file_path"]
    file_id: str
    index: int


Annotation: TypeAlias = Annotated[
    Union[AnnotationFileCitation, AnnotationURLCitation, AnnotationContainerFileCitation, AnnotationFilePath],
    Field(discriminator="type"),
]


class LogprobTopLogprob(BaseModel):
    token: str
    logprob: float
    bytes: List[int]


class Logprob(BaseModel):
    token: str
    logprob: float
    bytes: List[int]
    top_logprobs: List[LogprobTopLogprob]


class ResponseOutputText(BaseModel):
    type: Literal["output_text"]
    text: str
    annotations: List[Annotation]
    logprobs: Optional[List[Logprob]] = None
