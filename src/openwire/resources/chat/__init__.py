# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .chat import AsyncChat as AsyncChat
    from .chat import AsyncChatWithRawResponse as AsyncChatWithRawResponse
    from .chat import AsyncChatWithStreamingResponse as AsyncChatWithStreamingResponse
    from .completions.completions import AsyncCompletions as AsyncCompletions
    from .completions.completions import AsyncCompletionsWithRawResponse as AsyncCompletionsWithRawResponse
    from .completions.completions import AsyncCompletionsWithStreamingResponse as AsyncCompletionsWithStreamingResponse
    from .completions.messages import AsyncMessages as AsyncMessages
    from .completions.messages import AsyncMessagesWithRawResponse as AsyncMessagesWithRawResponse
    from .completions.messages import AsyncMessagesWithStreamingResponse as AsyncMessagesWithStreamingResponse
    from .chat import Chat as Chat
    from .chat import ChatWithRawResponse as ChatWithRawResponse
    from .chat import ChatWithStreamingResponse as ChatWithStreamingResponse
    from .completions.completions import Completions as Completions
    from .completions.completions import CompletionsWithRawResponse as CompletionsWithRawResponse
    from .completions.completions import CompletionsWithStreamingResponse as CompletionsWithStreamingResponse
    from .completions.messages import Messages as Messages
    from .completions.messages import MessagesWithRawResponse as MessagesWithRawResponse
    from .completions.messages import MessagesWithStreamingResponse as MessagesWithStreamingResponse

__all__ = [
    "AsyncChat",
    "AsyncChatWithRawResponse",
    "AsyncChatWithStreamingResponse",
    "AsyncCompletions",
    "AsyncCompletionsWithRawResponse",
    "AsyncCompletionsWithStreamingResponse",
    "AsyncMessages",
    "AsyncMessagesWithRawResponse",
    "AsyncMessagesWithStreamingResponse",
    "Chat",
    "ChatWithRawResponse",
    "ChatWithStreamingResponse",
    "Completions",
    "CompletionsWithRawResponse",
    "CompletionsWithStreamingResponse",
    "Messages",
    "MessagesWithRawResponse",
    "MessagesWithStreamingResponse",
]

_EXPORTS = {
    "AsyncChat": ".chat",
    "AsyncChatWithRawResponse": ".chat",
    "AsyncChatWithStreamingResponse": ".chat",
    "AsyncCompletions": ".completions.completions",
    "AsyncCompletionsWithRawResponse": ".completions.completions",
    "AsyncCompletionsWithStreamingResponse": ".completions.completions",
    "AsyncMessages": ".completions.messages",
    "AsyncMessagesWithRawResponse": ".completions.messages",
    "AsyncMessagesWithStreamingResponse": ".completions.messages",
    "Chat": ".chat",
    "ChatWithRawResponse": ".chat",
    "ChatWithStreamingResponse": ".chat",
    "Completions": ".completions.completions",
    "CompletionsWithRawResponse": ".completions.completions",
    "CompletionsWithStreamingResponse": ".completions.completions",
    "Messages": ".completions.messages",
    "MessagesWithRawResponse": ".completions.messages",
    "MessagesWithStreamingResponse": ".completions.messages",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        source = _EXPORTS.get(name)
        if source is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(source, __name__), name)
        globals()[name] = value
        return value
