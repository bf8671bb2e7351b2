# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .._types import SequenceNotStr
from .shared_params.comparison_filter import ComparisonFilter
from .shared_params.compound_filter import CompoundFilter

__all__ = ["Filters", "RankingOptions", "VectorStoreSearchParams"]

Filters: TypeAlias = Union[ComparisonFilter, CompoundFilter]


class RankingOptions(TypedDict, total=False):
    ranker: Literal["none", "auto", "default-2024-11-15"]
    score_threshold: float


class VectorStoreSearchParams(TypedDict, total=False):
    query: Required[Union[str, SequenceNotStr[str]]]
    filters: "Filters"
    max_num_results: int
    ranking_options: "RankingOptions"
    rewrite_query: bool
