# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Iterable, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .comparison_filter import ComparisonFilter

__all__ = ["CompoundFilter", "Filter"]


class CompoundFilter(TypedDict, total=False):
    type: Required[Literal["and", "or"]]
    filters: Required[Iterable["Filter"]]


Filter: TypeAlias = Union[ComparisonFilter, object]
