"""Retry policy as pure functions: whether to retry, and how long to wait first.

The sync and async request loops ask these two questions and do the sleeping themselves, so
the policy is tested without sockets or clocks.
"""

from __future__ import annotations

import email.utils
import math
import random
import time
from typing import Callable, Mapping, Optional

from ._constants import INITIAL_RETRY_DELAY, MAX_RETRY_AFTER_DELAY, MAX_RETRY_DELAY

__all__ = ["status_is_retryable", "should_retry_response", "server_retry_delay", "retry_delay"]

_RETRYABLE_STATUSES = frozenset({408, 409, 429})


def status_is_retryable(status: int) -> bool:
    return status in _RETRYABLE_STATUSES or status >= 500


def should_retry_response(status: int, headers: Mapping[str, str]) -> bool:
    """Whether an error response is worth another attempt; ``x-should-retry`` wins over the status."""
    override = headers.get("x-should-retry")
    if override == "true":
        return True
    if override == "false":
        return False
    return status_is_retryable(status)


def server_retry_delay(headers: Mapping[str, str] | None, now: Callable[[], float] = time.time) -> Optional[float]:
    """The delay the server asked for, in seconds, or ``None`` when it asked for nothing usable.

    ``retry-after-ms`` (milliseconds) wins over ``retry-after`` (seconds, or an HTTP date).
    """
    if not headers:
        return None
    raw_ms = headers.get("retry-after-ms")
    if raw_ms is not None:
        try:
            return float(raw_ms) / 1000
        except ValueError:
            pass
    raw = headers.get("retry-after")
    if raw is None:
        return None
    try:
        return float(raw)
    except ValueError:
        pass
    try:
        parsed = email.utils.parsedate_tz(raw)
        # A year far out of range makes mktime_tz overflow; a header must never crash the loop.
        return None if parsed is None else email.utils.mktime_tz(parsed) - now()
    except (ValueError, OverflowError, IndexError):
        return None


def retry_delay(
    retries_taken: int,
    headers: Mapping[str, str] | None = None,
    *,
    jitter: Callable[[], float] = random.random,
    now: Callable[[], float] = time.time,
) -> Optional[float]:
    """Seconds to wait before retry number ``retries_taken`` (0-based); ``None``: do not retry.

    A finite server delay in (0, 120] s is obeyed as is. A server delay over 120 s means the
    server will not be ready soon, so the caller gives up at once. Otherwise: exponential
    backoff ``min(0.5 * 2**n, 8)`` scaled by a jitter factor in (0.75, 1].
    """
    server_delay = server_retry_delay(headers, now)
    if server_delay is not None and math.isfinite(server_delay):
        if 0 < server_delay <= MAX_RETRY_AFTER_DELAY:
            return server_delay
        if server_delay > MAX_RETRY_AFTER_DELAY:
            return None
    # The exponent is capped so that a huge ``max_retries`` cannot overflow the float.
    backoff = min(INITIAL_RETRY_DELAY * 2.0 ** min(retries_taken, 32), MAX_RETRY_DELAY)
    return backoff * (1 - 0.25 * jitter())
