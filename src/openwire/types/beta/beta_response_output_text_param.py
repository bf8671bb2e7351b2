# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Iterable, List, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict


__all__ = [
    "Annotation",
    "AnnotationContainerFileCitation",
    "AnnotationFileCitation",
    "AnnotationFilePath",
    "AnnotationURLCitation",
    "BetaResponseOutputTextParam",
    "Logprob",
    "LogprobTopLogprob",
]


class AnnotationFileCitation(TypedDict, total=False):
    type: Required[Literal["file_citation"]]
    file_id: Required[str]
    index: Required[int]
    filename: Required[str]


class AnnotationURLCitation(TypedDict, total=False):
    type: Required[Literal["url_citation"]]
    url: Required[str]
    start_index: Required[int]
    end_index: Required[int]
    title: Required[str]


class AnnotationContainerFileCitation(TypedDict, total=False):
    type: Required[Literal["container_file_citation"]]
    container_id: Required[str]
    file_id: Required[str]
    start_index: Required[int]
    end_index: Required[int]
    filename: Required[str]


class AnnotationFilePath(TypedDict, total=False):
    type: Required[Literal["file_path"]]
    file_id: Required[str]
    index: Required[int]


Annotation: TypeAlias = Union[
    AnnotationFileCitation, AnnotationURLCitation, AnnotationContainerFileCitation, AnnotationFilePath
]


class BetaResponseOutputTextParam(TypedDict, total=False):
    type: Required[Literal["output_text"]]
    text: Required[str]
    annotations: Required[Iterable["Annotation"]]
    logprobs: Iterable["Logprob"]


class Logprob(TypedDict, total=False):
    token: Required[str]
    logprob: Required[float]
    bytes: Required[List[int]]
    top_logprobs: Required[Iterable["LogprobTopLogprob"]]


class LogprobTopLogprob(TypedDict, total=False):
    token: Required[str]
    logprob: Required[float]
    bytes: Required[List[int]]
