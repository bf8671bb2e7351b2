# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.
"""A function tool call whose arguments were parsed into an object."""

from __future__ import annotations

from typing import Optional

from .chat_completion_message_function_tool_call import ChatCompletionMessageFunctionToolCall, Function

__all__ = ["ParsedFunctionToolCall", "ParsedFunction"]

# Build the generated bases first: their annotations resolve in their own modules.
ChatCompletionMessageFunctionToolCall.model_rebuild()
Function.model_rebuild()


class ParsedFunction(Function):
    parsed_arguments: Optional[object] = None


class ParsedFunctionToolCall(ChatCompletionMessageFunctionToolCall):
    function: ParsedFunction
