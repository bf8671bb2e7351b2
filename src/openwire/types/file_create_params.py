# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Literal, Required, TypedDict

from .._types import FileTypes
from .file_purpose import FilePurpose

__all__ = ["ExpiresAfter", "FileCreateParams"]


class ExpiresAfter(TypedDict, total=False):
    anchor: Required[Literal["created_at"]]
    seconds: Required[int]


class FileCreateParams(TypedDict, total=False):
    file: Required[FileTypes]
    purpose: Required["FilePurpose"]
    expires_after: "ExpiresAfter"
