# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Literal, TypedDict

from ..shared.metadata import Metadata

__all__ = ["CompletionListParams"]


class CompletionListParams(TypedDict, total=False):
    after: str
    limit: int
    metadata: "Metadata"
    model: str
    order: Literal["asc", "desc"]
