# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .input_items import AsyncInputItems as AsyncInputItems
    from .input_items import AsyncInputItemsWithRawResponse as AsyncInputItemsWithRawResponse
    from .input_items import AsyncInputItemsWithStreamingResponse as AsyncInputItemsWithStreamingResponse
    from .input_tokens import AsyncInputTokens as AsyncInputTokens
    from .input_tokens import AsyncInputTokensWithRawResponse as AsyncInputTokensWithRawResponse
    from .input_tokens import AsyncInputTokensWithStreamingResponse as AsyncInputTokensWithStreamingResponse
    from .responses import AsyncResponses as AsyncResponses
    from .responses import AsyncResponsesWithRawResponse as AsyncResponsesWithRawResponse
    from .responses import AsyncResponsesWithStreamingResponse as AsyncResponsesWithStreamingResponse
    from .input_items import InputItems as InputItems
    from .input_items import InputItemsWithRawResponse as InputItemsWithRawResponse
    from .input_items import InputItemsWithStreamingResponse as InputItemsWithStreamingResponse
    from .input_tokens import InputTokens as InputTokens
    from .input_tokens import InputTokensWithRawResponse as InputTokensWithRawResponse
    from .input_tokens import InputTokensWithStreamingResponse as InputTokensWithStreamingResponse
    from .responses import Responses as Responses
    from .responses import ResponsesWithRawResponse as ResponsesWithRawResponse
    from .responses import ResponsesWithStreamingResponse as ResponsesWithStreamingResponse

__all__ = [
    "AsyncInputItems",
    "AsyncInputItemsWithRawResponse",
    "AsyncInputItemsWithStreamingResponse",
    "AsyncInputTokens",
    "AsyncInputTokensWithRawResponse",
    "AsyncInputTokensWithStreamingResponse",
    "AsyncResponses",
    "AsyncResponsesWithRawResponse",
    "AsyncResponsesWithStreamingResponse",
    "InputItems",
    "InputItemsWithRawResponse",
    "InputItemsWithStreamingResponse",
    "InputTokens",
    "InputTokensWithRawResponse",
    "InputTokensWithStreamingResponse",
    "Responses",
    "ResponsesWithRawResponse",
    "ResponsesWithStreamingResponse",
]

_EXPORTS = {
    "AsyncInputItems": ".input_items",
    "AsyncInputItemsWithRawResponse": ".input_items",
    "AsyncInputItemsWithStreamingResponse": ".input_items",
    "AsyncInputTokens": ".input_tokens",
    "AsyncInputTokensWithRawResponse": ".input_tokens",
    "AsyncInputTokensWithStreamingResponse": ".input_tokens",
    "AsyncResponses": ".responses",
    "AsyncResponsesWithRawResponse": ".responses",
    "AsyncResponsesWithStreamingResponse": ".responses",
    "InputItems": ".input_items",
    "InputItemsWithRawResponse": ".input_items",
    "InputItemsWithStreamingResponse": ".input_items",
    "InputTokens": ".input_tokens",
    "InputTokensWithRawResponse": ".input_tokens",
    "InputTokensWithStreamingResponse": ".input_tokens",
    "Responses": ".responses",
    "ResponsesWithRawResponse": ".responses",
    "ResponsesWithStreamingResponse": ".responses",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        source = _EXPORTS.get(name)
        if source is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(source, __name__), name)
        globals()[name] = value
        return value
