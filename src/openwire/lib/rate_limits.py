"""A token bucket that learns the server's rate limit from its answers: no I/O, time passed in.

The local batch runner asks :meth:`RateLimiter.reserve` how long to wait before each request and
reports every answer to :meth:`RateLimiter.observe`. What it learns:

- ``x-ratelimit-limit-requests`` (requests per minute, OpenAI's unit) sets the refill rate;
- ``x-ratelimit-remaining-requests`` caps the tokens left; at ``0`` (or
  ``x-ratelimit-remaining-tokens: 0``) nothing is sent until ``x-ratelimit-reset-requests``
  (``-tokens``) has passed (``"1s"``, ``"6m0s"``, ``"20ms"``);
- a 429 stops everything for its ``retry-after-ms`` / ``retry-after`` (else one second).

With no headers at all the bucket never waits: the runner's concurrency is the only bound.
"""

from __future__ import annotations

import math
import re
from typing import Mapping, Optional

from .._retries import server_retry_delay

__all__ = ["RateLimiter", "parse_reset"]

_UNIT_SECONDS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0}
_PART = re.compile(r"(\d+(?:\.\d+)?)(ms|s|m|h)")
DEFAULT_429_WAIT = 1.0


def parse_reset(value: Optional[str]) -> Optional[float]:
    """Seconds in a reset header (``"1s"``, ``"6m0s"``, ``"1h2m3.5s"``, ``"20ms"`` or a number); None if unreadable."""
    if value is None:
        return None
    text = value.strip()
    try:
        return max(float(text), 0.0)
    except ValueError:
        pass
    parts = _PART.findall(text)
    if not parts or "".join(number + unit for number, unit in parts) != text:
        return None
    return sum(float(number) * _UNIT_SECONDS[unit] for number, unit in parts)


def _int(headers: Mapping[str, str], name: str) -> Optional[int]:
    try:
        return int(headers[name])
    except (KeyError, ValueError):
        return None


def _retry_after(headers: Mapping[str, str]) -> float:
    """The wait a 429 asks for (the request loop's reading of ``retry-after-ms`` / ``retry-after``),
    else the requests' reset time, else one second."""
    seconds = server_retry_delay(headers)
    if seconds is not None and 0 <= seconds < math.inf:
        return seconds
    return parse_reset(headers.get("x-ratelimit-reset-requests")) or DEFAULT_429_WAIT


class RateLimiter:
    """Requests per second learned from headers; ``rate`` (requests/s) may be given up front."""

    def __init__(self, rate: Optional[float] = None, *, burst: Optional[float] = None) -> None:
        if rate is not None and not rate > 0:
            raise ValueError(f"rate must be a number of requests per second > 0, got {rate!r}")
        self.rate = rate
        self.burst = burst
        self._tokens = burst if burst is not None else (rate or 0.0)
        self._updated: Optional[float] = None
        self._blocked_until = 0.0
        self.rate_limited = 0
        """429 answers seen."""

    def _capacity(self) -> float:
        return self.burst if self.burst is not None else max(self.rate or 0.0, 1.0)

    def _refill(self, now: float) -> None:
        if self._updated is not None and self.rate is not None:
            self._tokens = min(self._capacity(), self._tokens + (now - self._updated) * self.rate)
        self._updated = now

    def reserve(self, now: float) -> float:
        """Take a token for one request; the seconds to wait before sending it (0: now)."""
        self._refill(now)
        wait = max(self._blocked_until - now, 0.0)
        if self.rate is None:
            return wait
        self._tokens -= 1
        if self._tokens >= 0:
            return wait
        return max(wait, -self._tokens / self.rate)

    def observe(self, status: int, headers: Mapping[str, str], now: float) -> None:
        """Learn from one answer (its status and lower-case headers)."""
        headers = {name.lower(): value for name, value in headers.items()}
        self._refill(now)
        limit = _int(headers, "x-ratelimit-limit-requests")
        if limit is not None and limit > 0:
            learned = self.rate is None
            self.rate = limit / 60.0
            if learned:
                self._tokens = self._capacity()
        remaining = _int(headers, "x-ratelimit-remaining-requests")
        if remaining is not None:
            self._tokens = min(self._tokens, float(remaining))
        for kind in ("requests", "tokens"):
            if _int(headers, f"x-ratelimit-remaining-{kind}") == 0:
                reset = parse_reset(headers.get(f"x-ratelimit-reset-{kind}"))
                if reset:
                    self._blocked_until = max(self._blocked_until, now + reset)
        if status == 429:
            self.rate_limited += 1
            self._blocked_until = max(self._blocked_until, now + _retry_after(headers))
