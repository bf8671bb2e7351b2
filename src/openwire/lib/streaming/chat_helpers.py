"""``chat.completions.stream``: the resource methods (the stream classes live beside)."""

from __future__ import annotations

__all__ = ["ChatStreamHelpers", "AsyncChatStreamHelpers"]


class ChatStreamHelpers:
    pass


class AsyncChatStreamHelpers:
    pass
