# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Dict, Iterable, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict


__all__ = [
    "CreateEvalJSONLRunDataSourceParam",
    "Source",
    "SourceFileContent",
    "SourceFileContentContent",
    "SourceFileID",
]


class CreateEvalJSONLRunDataSourceParam(TypedDict, total=False):
    type: Required[Literal["jsonl"]]
    source: Required["Source"]


class SourceFileContent(TypedDict, total=False):
    type: Required[Literal["file_content"]]
    content: Required[Iterable["SourceFileContentContent"]]


class SourceFileID(TypedDict, total=False):
    type: Required[Literal["file_id"]]
    id: Required[str]


Source: TypeAlias = Union[SourceFileContent, SourceFileID]


class SourceFileContentContent(TypedDict, total=False):
    item: Required[Dict[str, object]]
    sample: Dict[str, object]
