# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Literal, TypedDict


__all__ = ["GroupListParams"]


class GroupListParams(TypedDict, total=False):
    after: str
    limit: int
    order: Literal["asc", "desc"]
