# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Dict, List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from ..._models import BaseModel
from .custom_tool import CustomTool

__all__ = ["NamespaceTool", "Tool", "ToolFunction"]


class ToolFunction(BaseModel):
    name: str
    type: Literal["function"]
    allowed_callers: Optional[List[Literal["direct", "programmatic"]]] = None
    defer_loading: Optional[bool] = None
    description: Optional[str] = None
    output_schema: Optional[Dict[str, object]] = None
    parameters: Optional[Dict[str, object]] = None
    strict: Optional[bool] = None


Tool: TypeAlias = Annotated[Union[ToolFunction, CustomTool], Field(discriminator="type")]


class NamespaceTool(BaseModel):
    type: Literal["namespace"]
    name: str
    description: str
    tools: List[Tool]
