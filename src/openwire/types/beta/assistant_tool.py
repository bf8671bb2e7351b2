# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Union
from typing_extensions import Annotated, TypeAlias

from pydantic import Field

from .code_interpreter_tool import CodeInterpreterTool
from .file_search_tool import FileSearchTool
from .function_tool import FunctionTool

__all__ = ["AssistantTool"]

AssistantTool: TypeAlias = Annotated[
    Union[CodeInterpreterTool, FileSearchTool, FunctionTool], Field(discriminator="type")
]
