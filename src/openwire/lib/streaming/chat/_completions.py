"""The reference's module path of the chat stream classes (``openai.lib.streaming.chat._completions``):
logfire imports ``ChatCompletionStreamState`` from here. Re-exports of this package's classes."""

from __future__ import annotations

from ..._async.chat_stream import AsyncChatCompletionStream, AsyncChatCompletionStreamManager
from ..._sync.chat_stream import ChatCompletionStream, ChatCompletionStreamManager
from ._state import ChatCompletionStreamState

__all__ = [
    "ChatCompletionStream",
    "AsyncChatCompletionStream",
    "ChatCompletionStreamManager",
    "AsyncChatCompletionStreamManager",
    "ChatCompletionStreamState",
]
