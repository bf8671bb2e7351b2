# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import TypeAlias

from ..shared_params.function_definition import FunctionDefinition
from .chat_completion_function_tool_param import ChatCompletionFunctionToolParam

__all__ = ["ChatCompletionToolParam", "FunctionDefinition"]

ChatCompletionToolParam = ChatCompletionFunctionToolParam
