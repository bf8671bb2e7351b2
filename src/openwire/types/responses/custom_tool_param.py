# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import List, Optional
from typing_extensions import Literal, Required, TypedDict

from ..shared_params.custom_tool_input_format import CustomToolInputFormat

__all__ = ["CustomToolParam"]


class CustomToolParam(TypedDict, total=False):
    type: Required[Literal["custom"]]
    name: Required[str]
    allowed_callers: Optional[List[Literal["direct", "programmatic"]]]
    defer_loading: bool
    description: str
    format: "CustomToolInputFormat"
