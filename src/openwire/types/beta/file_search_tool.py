# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["FileSearch", "FileSearchRankingOptions", "FileSearchTool"]


class FileSearchRankingOptions(BaseModel):
    score_threshold: float
    ranker: Optional[Literal["auto", "default_2024_08_21"]] = None


class FileSearch(BaseModel):
    max_num_results: Optional[int] = None
    ranking_options: Optional[FileSearchRankingOptions] = None


class FileSearchTool(BaseModel):
    type: Literal["file_search"]
    file_search: Optional[FileSearch] = None
