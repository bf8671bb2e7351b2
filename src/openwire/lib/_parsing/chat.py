"""``chat.completions.parse`` (structured outputs for Chat Completions)."""

from __future__ import annotations

__all__ = ["ChatParseHelpers", "AsyncChatParseHelpers"]


class ChatParseHelpers:
    pass


class AsyncChatParseHelpers:
    pass
