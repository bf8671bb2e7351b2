# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Dict, Iterable, List, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .beta_custom_tool_param import BetaCustomToolParam

__all__ = ["BetaNamespaceToolParam", "Tool", "ToolFunction"]


class BetaNamespaceToolParam(TypedDict, total=False):
    type: Required[Literal["namespace"]]
    name: Required[str]
    description: Required[str]
    tools: Required[Iterable["Tool"]]


class ToolFunction(TypedDict, total=False):
    name: Required[str]
    type: Required[Literal["function"]]
    allowed_callers: Optional[List[Literal["direct", "programmatic"]]]
    defer_loading: bool
    description: Optional[str]
    output_schema: Optional[Dict[str, object]]
    parameters: Optional[Dict[str, object]]
    strict: Optional[bool]


Tool: TypeAlias = Union[ToolFunction, BetaCustomToolParam]
