# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Optional
from typing_extensions import Literal, Required, TypedDict

from .shared.metadata import Metadata

__all__ = ["ExpiresAfter", "VectorStoreUpdateParams"]


class ExpiresAfter(TypedDict, total=False):
    anchor: Required[Literal["last_active_at"]]
    days: Required[int]


class VectorStoreUpdateParams(TypedDict, total=False):
    expires_after: "ExpiresAfter"
    metadata: Optional["Metadata"]
    name: Optional[str]
