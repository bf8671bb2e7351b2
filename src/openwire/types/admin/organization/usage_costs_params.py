# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import List
from typing_extensions import Literal, Required, TypedDict

from ...._types import SequenceNotStr

__all__ = ["UsageCostsParams"]


class UsageCostsParams(TypedDict, total=False):
    start_time: Required[int]
    api_key_ids: SequenceNotStr[str]
    bucket_width: Literal["1d"]
    end_time: int
    group_by: List[Literal["project_id", "line_item", "api_key_id"]]
    limit: int
    page: str
    project_ids: SequenceNotStr[str]
