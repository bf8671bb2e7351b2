# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Iterable, Optional
from typing_extensions import Literal, Required, TypedDict

from .tool_param import ToolParam

__all__ = ["ResponseToolSearchOutputItemParamParam"]


class ResponseToolSearchOutputItemParamParam(TypedDict, total=False):
    type: Required[Literal["tool_search_output"]]
    tools: Required[Iterable["ToolParam"]]
    call_id: Optional[str]
    execution: Literal["server", "client"]
    id: Optional[str]
    status: Optional[Literal["in_progress", "completed", "incomplete"]]
