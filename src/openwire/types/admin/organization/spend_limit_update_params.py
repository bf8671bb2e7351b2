# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Literal, Required, TypedDict


__all__ = ["SpendLimitUpdateParams"]


class SpendLimitUpdateParams(TypedDict, total=False):
    threshold_amount: Required[int]
    currency: Required[Literal["USD"]]
    interval: Required[Literal["month"]]
