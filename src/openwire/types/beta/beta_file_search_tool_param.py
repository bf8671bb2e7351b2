# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Iterable, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..._types import SequenceNotStr

__all__ = [
    "BetaFileSearchToolParam",
    "Filters",
    "FiltersComparisonFilter",
    "FiltersCompoundFilter",
    "FiltersCompoundFilterFilter",
    "FiltersCompoundFilterFilterComparisonFilter",
    "RankingOptions",
    "RankingOptionsHybridSearch",
]


class BetaFileSearchToolParam(TypedDict, total=False):
    type: Required[Literal["file_search"]]
    vector_store_ids: Required[SequenceNotStr[str]]
    filters: Optional["Filters"]
    max_num_results: int
    ranking_options: "RankingOptions"


class FiltersComparisonFilter(TypedDict, total=False):
    type: Required[Literal["eq", "ne", "gt", "gte", "lt", "lte", "in", "nin"]]
    key: Required[str]
    value: Required[Union[str, float, bool, Iterable[Union[str, float]]]]


class FiltersCompoundFilter(TypedDict, total=False):
    type: Required[Literal["and", "or"]]
    filters: Required[Iterable["FiltersCompoundFilterFilter"]]


Filters: TypeAlias = Union[FiltersComparisonFilter, FiltersCompoundFilter]


class FiltersCompoundFilterFilterComparisonFilter(TypedDict, total=False):
    type: Required[Literal["eq", "ne", "gt", "gte", "lt", "lte", "in", "nin"]]
    key: Required[str]
    value: Required[Union[str, float, bool, Iterable[Union[str, float]]]]


FiltersCompoundFilterFilter: TypeAlias = Union[FiltersCompoundFilterFilterComparisonFilter, object]


class RankingOptions(TypedDict, total=False):
    hybrid_search: "RankingOptionsHybridSearch"
    ranker: Literal["auto", "default-2024-11-15"]
    score_threshold: float


class RankingOptionsHybridSearch(TypedDict, total=False):
    embedding_weight: Required[float]
    text_weight: Required[float]
