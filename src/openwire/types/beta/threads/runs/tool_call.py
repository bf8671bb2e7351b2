# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Union
from typing_extensions import Annotated, TypeAlias

from pydantic import Field

from .code_interpreter_tool_call import CodeInterpreterToolCall
from .file_search_tool_call import FileSearchToolCall
from .function_tool_call import FunctionToolCall

__all__ = ["ToolCall"]

ToolCall: TypeAlias = Annotated[
    Union[CodeInterpreterToolCall, FileSearchToolCall, FunctionToolCall], Field(discriminator="type")
]
