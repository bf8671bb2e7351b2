# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Union
from typing_extensions import Annotated, TypeAlias

from pydantic import Field

from .code_interpreter_tool_call_delta import CodeInterpreterToolCallDelta
from .file_search_tool_call_delta import FileSearchToolCallDelta
from .function_tool_call_delta import FunctionToolCallDelta

__all__ = ["ToolCallDelta"]

ToolCallDelta: TypeAlias = Annotated[
    Union[CodeInterpreterToolCallDelta, FileSearchToolCallDelta, FunctionToolCallDelta], Field(discriminator="type")
]
