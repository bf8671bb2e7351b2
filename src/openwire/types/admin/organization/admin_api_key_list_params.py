# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Optional
from typing_extensions import Literal, TypedDict


__all__ = ["AdminAPIKeyListParams"]


class AdminAPIKeyListParams(TypedDict, total=False):
    after: Optional[str]
    limit: int
    order: Literal["asc", "desc"]
