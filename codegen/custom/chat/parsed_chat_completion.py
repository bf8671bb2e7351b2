"""A chat completion whose message content was parsed into ``ContentType``."""

from __future__ import annotations

from typing import Generic, List, Optional, TypeVar

from ..._models import GenericModel
from .chat_completion import ChatCompletion, Choice
from .chat_completion_message import ChatCompletionMessage
from .parsed_function_tool_call import ParsedFunctionToolCall

__all__ = ["ParsedChatCompletion", "ParsedChoice", "ParsedChatCompletionMessage", "ContentType"]

# Build the generated bases first: their annotations resolve in their own modules.
ChatCompletion.model_rebuild()
Choice.model_rebuild()
ChatCompletionMessage.model_rebuild()


ContentType = TypeVar("ContentType")


class ParsedChatCompletionMessage(ChatCompletionMessage, GenericModel, Generic[ContentType]):
    parsed: Optional[ContentType] = None
    tool_calls: Optional[List[ParsedFunctionToolCall]] = None  # type: ignore[assignment]


class ParsedChoice(Choice, GenericModel, Generic[ContentType]):
    message: ParsedChatCompletionMessage[ContentType]


class ParsedChatCompletion(ChatCompletion, GenericModel, Generic[ContentType]):
    choices: List[ParsedChoice[ContentType]]  # type: ignore[assignment]
