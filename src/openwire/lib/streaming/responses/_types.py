"""The accumulated snapshot of a Responses stream: a ``ParsedResponse`` built from
``response.created`` and grown by every item, part and delta event."""

from __future__ import annotations

from typing_extensions import TypeAlias

from ....types.responses.parsed_response import ParsedResponse

__all__ = ["ParsedResponseSnapshot"]

ParsedResponseSnapshot: TypeAlias = ParsedResponse[object]
