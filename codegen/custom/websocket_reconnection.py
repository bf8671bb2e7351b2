"""What a realtime websocket reconnection hook receives and may return."""

from __future__ import annotations

from dataclasses import dataclass

from typing_extensions import TypedDict

from .._types import Headers, Query

__all__ = ["ReconnectingEvent", "ReconnectingOverrides", "is_recoverable_close"]

# Close codes after which reconnecting may succeed: the server went away or restarted, the
# connection dropped, or the server asked to try again later.
_RECOVERABLE_CLOSE_CODES = frozenset({1001, 1005, 1006, 1011, 1012, 1013, 1015})


@dataclass(frozen=True)
class ReconnectingEvent:
    """One reconnection attempt about to be made."""

    attempt: int
    max_attempts: int
    delay: float
    close_code: int
    extra_query: Query
    extra_headers: Headers


class ReconnectingOverrides(TypedDict, total=False):
    """What the hook may change for the next attempt, or ``abort`` it."""

    extra_query: Query
    extra_headers: Headers
    abort: bool


def is_recoverable_close(code: int) -> bool:
    """Whether a websocket closed with ``code`` is worth reconnecting."""
    return code in _RECOVERABLE_CLOSE_CODES
