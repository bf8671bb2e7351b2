# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Iterable, Union
from typing_extensions import Literal, Required, TypedDict


__all__ = ["ComparisonFilter"]


class ComparisonFilter(TypedDict, total=False):
    type: Required[Literal["eq", "ne", "gt", "gte", "lt", "lte", "in", "nin"]]
    key: Required[str]
    value: Required[Union[str, float, bool, Iterable[Union[str, float]]]]
