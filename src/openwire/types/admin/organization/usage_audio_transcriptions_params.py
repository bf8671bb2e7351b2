# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import List
from typing_extensions import Literal, Required, TypedDict

from ...._types import SequenceNotStr

__all__ = ["UsageAudioTranscriptionsParams"]


class UsageAudioTranscriptionsParams(TypedDict, total=False):
    start_time: Required[int]
    api_key_ids: SequenceNotStr[str]
    bucket_width: Literal["1m", "1h", "1d"]
    end_time: int
    group_by: List[Literal["project_id", "user_id", "api_key_id", "model"]]
    limit: int
    models: SequenceNotStr[str]
    page: str
    project_ids: SequenceNotStr[str]
    user_ids: SequenceNotStr[str]
