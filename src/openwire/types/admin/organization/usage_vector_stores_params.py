# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import List
from typing_extensions import Literal, Required, TypedDict

from ...._types import SequenceNotStr

__all__ = ["UsageVectorStoresParams"]


class UsageVectorStoresParams(TypedDict, total=False):
    start_time: Required[int]
    bucket_width: Literal["1m", "1h", "1d"]
    end_time: int
    group_by: List[Literal["project_id"]]
    limit: int
    page: str
    project_ids: SequenceNotStr[str]
