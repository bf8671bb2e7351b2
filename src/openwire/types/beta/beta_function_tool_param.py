# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Dict, List, Optional
from typing_extensions import Literal, Required, TypedDict


__all__ = ["BetaFunctionToolParam"]


class BetaFunctionToolParam(TypedDict, total=False):
    type: Required[Literal["function"]]
    name: Required[str]
    parameters: Required[Optional[Dict[str, object]]]
    strict: Required[Optional[bool]]
    allowed_callers: Optional[List[Literal["direct", "programmatic"]]]
    defer_loading: bool
    description: Optional[str]
    output_schema: Optional[Dict[str, object]]
