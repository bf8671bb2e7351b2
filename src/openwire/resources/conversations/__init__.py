# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .conversations import AsyncConversations as AsyncConversations
    from .conversations import AsyncConversationsWithRawResponse as AsyncConversationsWithRawResponse
    from .conversations import AsyncConversationsWithStreamingResponse as AsyncConversationsWithStreamingResponse
    from .items import AsyncItems as AsyncItems
    from .items import AsyncItemsWithRawResponse as AsyncItemsWithRawResponse
    from .items import AsyncItemsWithStreamingResponse as AsyncItemsWithStreamingResponse
    from .conversations import Conversations as Conversations
    from .conversations import ConversationsWithRawResponse as ConversationsWithRawResponse
    from .conversations import ConversationsWithStreamingResponse as ConversationsWithStreamingResponse
    from .items import Items as Items
    from .items import ItemsWithRawResponse as ItemsWithRawResponse
    from .items import ItemsWithStreamingResponse as ItemsWithStreamingResponse

__all__ = [
    "AsyncConversations",
    "AsyncConversationsWithRawResponse",
    "AsyncConversationsWithStreamingResponse",
    "AsyncItems",
    "AsyncItemsWithRawResponse",
    "AsyncItemsWithStreamingResponse",
    "Conversations",
    "ConversationsWithRawResponse",
    "ConversationsWithStreamingResponse",
    "Items",
    "ItemsWithRawResponse",
    "ItemsWithStreamingResponse",
]

_EXPORTS = {
    "AsyncConversations": ".conversations",
    "AsyncConversationsWithRawResponse": ".conversations",
    "AsyncConversationsWithStreamingResponse": ".conversations",
    "AsyncItems": ".items",
    "AsyncItemsWithRawResponse": ".items",
    "AsyncItemsWithStreamingResponse": ".items",
    "Conversations": ".conversations",
    "ConversationsWithRawResponse": ".conversations",
    "ConversationsWithStreamingResponse": ".conversations",
    "Items": ".items",
    "ItemsWithRawResponse": ".items",
    "ItemsWithStreamingResponse": ".items",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        source = _EXPORTS.get(name)
        if source is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(source, __name__), name)
        globals()[name] = value
        return value
