# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import TypedDict

from ..._types import FileTypes

__all__ = ["FileCreateParams"]


class FileCreateParams(TypedDict, total=False):
    file: FileTypes
    file_id: str
