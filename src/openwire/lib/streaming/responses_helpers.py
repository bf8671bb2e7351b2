"""``responses.stream``: the resource methods (the stream classes live beside)."""

from __future__ import annotations

__all__ = ["ResponsesStreamHelpers", "AsyncResponsesStreamHelpers"]


class ResponsesStreamHelpers:
    pass


class AsyncResponsesStreamHelpers:
    pass
