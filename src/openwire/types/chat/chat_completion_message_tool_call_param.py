# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import TypeAlias

from .chat_completion_message_function_tool_call_param import ChatCompletionMessageFunctionToolCallParam, Function

__all__ = ["ChatCompletionMessageToolCallParam", "Function"]

ChatCompletionMessageToolCallParam = ChatCompletionMessageFunctionToolCallParam
