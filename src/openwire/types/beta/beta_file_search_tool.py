# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional, Union
from typing_extensions import Literal, TypeAlias

from ..._models import BaseModel

__all__ = [
    "BetaFileSearchTool",
    "Filters",
    "FiltersComparisonFilter",
    "FiltersCompoundFilter",
    "FiltersCompoundFilterFilter",
    "FiltersCompoundFilterFilterComparisonFilter",
    "RankingOptions",
    "RankingOptionsHybridSearch",
]


class FiltersComparisonFilter(BaseModel):
    type: Literal["eq", "ne", "gt", "gte", "lt", "lte", "in", "nin"]
    key: str
    value: Union[str, float, bool, List[Union[str, float]]]


class FiltersCompoundFilterFilterComparisonFilter(BaseModel):
    type: Literal["eq", "ne", "gt", "gte", "lt", "lte", "in", "nin"]
    key: str
    value: Union[str, float, bool, List[Union[str, float]]]


FiltersCompoundFilterFilter: TypeAlias = Union[FiltersCompoundFilterFilterComparisonFilter, object]


class FiltersCompoundFilter(BaseModel):
    type: Literal["and", "or"]
    filters: List[FiltersCompoundFilterFilter]


Filters: TypeAlias = Optional[Union[FiltersComparisonFilter, FiltersCompoundFilter]]


class RankingOptionsHybridSearch(BaseModel):
    embedding_weight: float
    text_weight: float


class RankingOptions(BaseModel):
    hybrid_search: Optional[RankingOptionsHybridSearch] = None
    ranker: Optional[Literal["auto", "default-2024-11-15"]] = None
    score_threshold: Optional[float] = None


class BetaFileSearchTool(BaseModel):
    type: Literal["file_search"]
    vector_store_ids: List[str]
    filters: Optional[Filters] = None
    max_num_results: Optional[int] = None
    ranking_options: Optional[RankingOptions] = None
