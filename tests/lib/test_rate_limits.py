"""The local runner's token bucket: what it learns from ``x-ratelimit-*`` headers and 429s (time passed in)."""

from __future__ import annotations

import pytest

from openwire.lib.rate_limits import RateLimiter, parse_reset


@pytest.mark.parametrize(
    "text, seconds",
    [("1s", 1.0), ("6m0s", 360.0), ("20ms", 0.02), ("1h2m3.5s", 3723.5), ("2.5", 2.5), ("soon", None), (None, None)],
)
def test_reset_durations(text: "str | None", seconds: "float | None") -> None:
    assert parse_reset(text) == seconds


def test_without_headers_it_never_waits() -> None:
    limiter = RateLimiter()
    assert [limiter.reserve(0.0) for _ in range(100)] == [0.0] * 100


def test_a_known_rate_spaces_requests_out() -> None:
    limiter = RateLimiter(rate=10, burst=2)
    waits = [limiter.reserve(0.0) for _ in range(4)]
    assert waits == pytest.approx([0.0, 0.0, 0.1, 0.2])
    assert limiter.reserve(10.0) == 0.0  # refilled meanwhile


def test_the_limit_header_sets_the_rate_per_minute() -> None:
    limiter = RateLimiter()
    limiter.observe(200, {"X-RateLimit-Limit-Requests": "600", "x-ratelimit-remaining-requests": "1"}, 0.0)
    assert limiter.rate == 10.0
    assert limiter.reserve(0.0) == 0.0
    assert limiter.reserve(0.0) == pytest.approx(0.1)


def test_nothing_remaining_blocks_until_the_reset() -> None:
    limiter = RateLimiter()
    limiter.observe(200, {"x-ratelimit-remaining-tokens": "0", "x-ratelimit-reset-tokens": "1.5s"}, 10.0)
    assert limiter.reserve(10.5) == pytest.approx(1.0)
    assert limiter.reserve(11.5) == 0.0


@pytest.mark.parametrize(
    "headers, wait",
    [
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after": "2"}, 2.0),
        ({"x-ratelimit-reset-requests": "3s"}, 3.0),
        ({}, 1.0),
    ],
)
def test_a_429_holds_everyone_back(headers: "dict[str, str]", wait: float) -> None:
    limiter = RateLimiter()
    limiter.observe(429, headers, 100.0)
    assert limiter.rate_limited == 1
    assert limiter.reserve(100.0) == pytest.approx(wait)


def test_a_bad_rate_is_refused() -> None:
    with pytest.raises(ValueError, match="requests per second > 0"):
        RateLimiter(rate=0)
