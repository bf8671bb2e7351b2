"""The accumulated snapshot of a chat completion stream: a ``ParsedChatCompletion`` whose
``parsed`` fields hold partial JSON (``dict``) while it streams, the model once done."""

from __future__ import annotations

from typing_extensions import TypeAlias

from ....types.chat.parsed_chat_completion import ParsedChatCompletion, ParsedChatCompletionMessage, ParsedChoice

__all__ = ["ParsedChatCompletionSnapshot", "ParsedChoiceSnapshot", "ParsedChatCompletionMessageSnapshot"]

ParsedChatCompletionSnapshot: TypeAlias = ParsedChatCompletion[object]
ParsedChoiceSnapshot: TypeAlias = ParsedChoice[object]
ParsedChatCompletionMessageSnapshot: TypeAlias = ParsedChatCompletionMessage[object]
