# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Required, TypedDict

from .._types import FileTypes

__all__ = ["ContentProvenanceCheckCreateParams"]


class ContentProvenanceCheckCreateParams(TypedDict, total=False):
    file: Required[FileTypes]
