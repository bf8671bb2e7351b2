# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional, Union
from typing_extensions import Literal, TypeAlias

from ..._models import BaseModel
from ..shared.comparison_filter import ComparisonFilter
from ..shared.compound_filter import CompoundFilter

__all__ = ["FileSearchTool", "Filters", "RankingOptions", "RankingOptionsHybridSearch"]

Filters: TypeAlias = Optional[Union[ComparisonFilter, CompoundFilter]]


class RankingOptionsHybridSearch(BaseModel):
    embedding_weight: float
    text_weight: float


class RankingOptions(BaseModel):
    hybrid_search: Optional[RankingOptionsHybridSearch] = None
    ranker: Optional[Literal["auto", "default-2024-11-15"]] = None
    score_threshold: Optional[float] = None


class FileSearchTool(BaseModel):
    type: Literal["file_search"]
    vector_store_ids: List[str]
    filters: Optional[Filters] = None
    max_num_results: Optional[int] = None
    ranking_options: Optional[RankingOptions] = None
