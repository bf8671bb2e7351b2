"""Hand-written methods of generated resources, composed per resource.

``codegen/config/<family>.yaml`` names these classes as ``mixin`` / ``async_mixin`` of a resource; the
generated class inherits from them. Each part lives in its own module; keep those modules
light at import time (import heavy things inside the methods).
"""

from __future__ import annotations

from ._parsing.chat import AsyncChatParseHelpers, ChatParseHelpers
from ._parsing.responses import AsyncResponsesParseHelpers, ResponsesParseHelpers
from .streaming.chat_helpers import AsyncChatStreamHelpers, ChatStreamHelpers
from .streaming.responses_helpers import AsyncResponsesStreamHelpers, ResponsesStreamHelpers

__all__ = ["CompletionsHelpers", "AsyncCompletionsHelpers", "ResponsesHelpers", "AsyncResponsesHelpers"]


class CompletionsHelpers(ChatParseHelpers, ChatStreamHelpers):
    """``chat.completions``: ``parse``, ``stream``."""


class AsyncCompletionsHelpers(AsyncChatParseHelpers, AsyncChatStreamHelpers):
    """``chat.completions`` (async): ``parse``, ``stream``."""


class ResponsesHelpers(ResponsesParseHelpers, ResponsesStreamHelpers):
    """``responses``: ``parse``, ``stream``."""


class AsyncResponsesHelpers(AsyncResponsesParseHelpers, AsyncResponsesStreamHelpers):
    """``responses`` (async): ``parse``, ``stream``."""
