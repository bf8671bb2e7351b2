"""What a close code means, how long to wait before reconnecting, and the send queue.

Observed on the reference (``tests/differential/test_websocket_differential.py``):

- a clean close (1000, 1001, 1005: the ``websockets`` library's "OK" closes) ends the session
  quietly, reconnection or not;
- with ``on_reconnecting`` given and ``max_retries > 0``, 1006, 1011, 1012, 1013 and 1015 reconnect
  (``is_recoverable_close``); any other code, or any failure without ``on_reconnecting``, is an error;
- attempt ``n`` (from 1, counted again from 1 after each successful reconnect) waits
  ``min(initial_delay * 2 ** (n - 1), max_delay)`` times a jitter in [0.75, 1.0];
- the callback runs before the wait; raising in it, or returning ``{"abort": True}``, stops;
  ``extra_query`` / ``extra_headers`` it returns replace the current ones for this and later
  attempts;
- messages sent while disconnected are queued and sent first on the new connection; nothing
  else is re-sent (no ``session.update`` replay).
"""

from __future__ import annotations

import random
from collections import deque
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Deque, List, Literal, Mapping, Optional

from ..._exceptions import WebSocketQueueFullError
from ...types.websocket_reconnection import ReconnectingEvent, ReconnectingOverrides, is_recoverable_close

if TYPE_CHECKING:
    from ..._types import Headers, Query

__all__ = [
    "CloseAction",
    "close_action",
    "check_close",
    "backoff_delay",
    "ReconnectPolicy",
    "SendQueue",
    "apply_overrides",
]

CloseAction = Literal["end", "reconnect", "raise"]

# Close codes the websockets library reports as a normal end (``ConnectionClosedOK``).
_CLEAN_CLOSE_CODES = frozenset({1000, 1001, 1005})


def close_action(code: Optional[int], *, can_reconnect: bool) -> CloseAction:
    """What a session does when its socket closes with ``code`` (``None``: no close frame, 1006)."""
    code = 1006 if code is None else code
    if code in _CLEAN_CLOSE_CODES:
        return "end"
    if can_reconnect and is_recoverable_close(code):
        return "reconnect"
    return "raise"


# What a client may send in a close frame (RFC 6455 section 7.4; 1004-1006 and 1015 are reserved).
_SENDABLE_CLOSE_CODES = frozenset({1000, 1001, 1002, 1003, *range(1007, 1015), *range(3000, 5000)})


def check_close(code: object, reason: object) -> None:
    """Refuse a ``close()`` the protocol does not allow, before anything is sent."""
    if isinstance(code, bool) or not isinstance(code, int) or code not in _SENDABLE_CLOSE_CODES:
        raise ValueError(f"close(code=...) must be 1000-1003, 1007-1014 or 3000-4999, got {code!r}")
    if not isinstance(reason, str) or len(reason.encode("utf-8")) > 123:
        raise ValueError("close(reason=...) must be a str of at most 123 bytes in UTF-8")


def backoff_delay(
    attempt: int, initial_delay: float, max_delay: float, jitter: Callable[[], float] = random.random
) -> float:
    """Seconds to wait before reconnection attempt ``attempt`` (1-based)."""
    base = min(initial_delay * 2.0 ** (attempt - 1), max_delay)
    return float(base * (0.75 + 0.25 * jitter()))


@dataclass
class ReconnectPolicy:
    """The reconnection settings of one session and its current handshake extras."""

    on_reconnecting: Optional[Callable[[ReconnectingEvent], Any]]
    max_retries: int
    initial_delay: float
    max_delay: float
    extra_query: "Query"
    extra_headers: "Headers"

    def __post_init__(self) -> None:
        if not isinstance(self.max_retries, int) or isinstance(self.max_retries, bool) or self.max_retries < 0:
            raise ValueError(f"max_retries must be a non-negative integer, got {self.max_retries!r}")
        for name in ("initial_delay", "max_delay"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
                raise ValueError(f"{name} must be a non-negative number of seconds, got {value!r}")
        if self.on_reconnecting is not None and not callable(self.on_reconnecting):
            raise TypeError(
                f"on_reconnecting must be a callable taking a ReconnectingEvent, got {type(self.on_reconnecting).__name__}"
            )

    @property
    def enabled(self) -> bool:
        return self.on_reconnecting is not None and self.max_retries > 0

    def event(self, attempt: int, close_code: int) -> ReconnectingEvent:
        return ReconnectingEvent(
            attempt=attempt,
            max_attempts=self.max_retries,
            delay=backoff_delay(attempt, self.initial_delay, self.max_delay),
            close_code=close_code,
            extra_query=self.extra_query,
            extra_headers=self.extra_headers,
        )


def apply_overrides(policy: ReconnectPolicy, overrides: object) -> bool:
    """Apply what ``on_reconnecting`` returned; ``False`` when it asks to stop."""
    if overrides is None:
        return True
    if not isinstance(overrides, Mapping):
        raise TypeError(
            "on_reconnecting must return None or a ReconnectingOverrides dict "
            f"(extra_query, extra_headers, abort), got {type(overrides).__name__}"
        )
    checked: ReconnectingOverrides = overrides  # type: ignore[assignment]
    if checked.get("abort"):
        return False
    if "extra_query" in checked:
        policy.extra_query = checked["extra_query"]
    if "extra_headers" in checked:
        policy.extra_headers = checked["extra_headers"]
    return True


class SendQueue:
    """Messages waiting for a connection, bounded by their total size in bytes (UTF-8).

    A message that would take the total past ``max_size`` is refused with
    ``WebSocketQueueFullError`` and the queue is left as it was.
    """

    def __init__(self, max_size: int) -> None:
        if not isinstance(max_size, int) or isinstance(max_size, bool) or max_size < 0:
            raise ValueError(f"max_queue_size must be a non-negative number of bytes, got {max_size!r}")
        self.max_size = max_size
        self._items: Deque[tuple[str | bytes, int]] = deque()
        self._size = 0

    def put(self, data: str | bytes) -> None:
        size = len(data.encode("utf-8")) if isinstance(data, str) else len(data)
        if self._size + size > self.max_size:
            raise WebSocketQueueFullError(
                f"The send queue is full: this {size}-byte message would take it past max_queue_size="
                f"{self.max_size} bytes ({self._size} bytes wait for the connection). The message was not "
                "queued; raise max_queue_size or send less while disconnected."
            )
        self._items.append((data, size))
        self._size += size

    def peek(self) -> Optional[str | bytes]:
        return self._items[0][0] if self._items else None

    def pop(self) -> None:
        _, size = self._items.popleft()
        self._size -= size

    def drain(self) -> List[str]:
        """Everything still queued, as text (for ``WebSocketConnectionClosedError.unsent_messages``)."""
        items = [data if isinstance(data, str) else data.decode("utf-8", "replace") for data, _ in self._items]
        self._items.clear()
        self._size = 0
        return items

    def __len__(self) -> int:
        return len(self._items)
