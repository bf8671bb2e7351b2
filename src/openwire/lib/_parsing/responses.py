"""``responses.parse`` (structured outputs for the Responses API)."""

from __future__ import annotations

__all__ = ["ResponsesParseHelpers", "AsyncResponsesParseHelpers"]


class ResponsesParseHelpers:
    pass


class AsyncResponsesParseHelpers:
    pass
