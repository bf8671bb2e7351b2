# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Literal, Required, TypedDict


__all__ = ["OutputItemListParams"]


class OutputItemListParams(TypedDict, total=False):
    eval_id: Required[str]
    after: str
    limit: int
    order: Literal["asc", "desc"]
    status: Literal["fail", "pass"]
