# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import Literal, Required, TypedDict


__all__ = ["FileSearch", "FileSearchRankingOptions", "FileSearchToolParam"]


class FileSearch(TypedDict, total=False):
    max_num_results: int
    ranking_options: "FileSearchRankingOptions"


class FileSearchRankingOptions(TypedDict, total=False):
    score_threshold: Required[float]
    ranker: Literal["auto", "default_2024_08_21"]


class FileSearchToolParam(TypedDict, total=False):
    type: Required[Literal["file_search"]]
    file_search: "FileSearch"
