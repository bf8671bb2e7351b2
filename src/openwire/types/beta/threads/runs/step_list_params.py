# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import List
from typing_extensions import Literal, Required, TypedDict


__all__ = ["StepListParams"]


class StepListParams(TypedDict, total=False):
    thread_id: Required[str]
    after: str
    before: str
    include: List[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
    limit: int
    order: Literal["asc", "desc"]
