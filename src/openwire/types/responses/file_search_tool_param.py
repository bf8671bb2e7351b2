# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..._types import SequenceNotStr
from ..shared_params.comparison_filter import ComparisonFilter
from ..shared_params.compound_filter import CompoundFilter

__all__ = ["FileSearchToolParam", "Filters", "RankingOptions", "RankingOptionsHybridSearch"]


class FileSearchToolParam(TypedDict, total=False):
    type: Required[Literal["file_search"]]
    vector_store_ids: Required[SequenceNotStr[str]]
    filters: Optional["Filters"]
    max_num_results: int
    ranking_options: "RankingOptions"


Filters: TypeAlias = Union[ComparisonFilter, CompoundFilter]


class RankingOptions(TypedDict, total=False):
    hybrid_search: "RankingOptionsHybridSearch"
    ranker: Literal["auto", "default-2024-11-15"]
    score_threshold: float


class RankingOptionsHybridSearch(TypedDict, total=False):
    embedding_weight: Required[float]
    text_weight: Required[float]
