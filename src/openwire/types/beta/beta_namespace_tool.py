# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Dict, List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from ..._models import BaseModel
from .beta_custom_tool import BetaCustomTool

__all__ = ["BetaNamespaceTool", "Tool", "ToolFunction"]


class ToolFunction(BaseModel):
    name: str
    type: Literal["function"]
    allowed_callers: Optional[List[Literal["direct", "programmatic"]]] = None
    defer_loading: Optional[bool] = None
    description: Optional[str] = None
    output_schema: Optional[Dict[str, object]] = None
    parameters: Optional[Dict[str, object]] = None
    strict: Optional[bool] = None


Tool: TypeAlias = Annotated[Union[ToolFunction, BetaCustomTool], Field(discriminator="type")]


class BetaNamespaceTool(BaseModel):
    type: Literal["namespace"]
    name: str
    description: str
    tools: List[Tool]
