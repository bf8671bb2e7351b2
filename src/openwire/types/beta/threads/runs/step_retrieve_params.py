# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import List
from typing_extensions import Literal, Required, TypedDict


__all__ = ["StepRetrieveParams"]


class StepRetrieveParams(TypedDict, total=False):
    thread_id: Required[str]
    run_id: Required[str]
    include: List[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
