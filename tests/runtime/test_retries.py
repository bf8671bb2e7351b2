"""Retry policy (``openwire._retries``): which responses are retried, and how long to wait.

Clocks and randomness are injected, so every number here is exact.
"""

from __future__ import annotations

import email.utils
from typing import Dict, List, Optional

import httpx
import pytest

from openwire._retries import retry_delay, server_retry_delay, should_retry_response, status_is_retryable

NOW = 1_700_000_000.0


def no_jitter() -> float:
    return 0.0


def delay(headers: Optional[Dict[str, str]], retries_taken: int = 0) -> Optional[float]:
    return retry_delay(retries_taken, headers, jitter=no_jitter, now=lambda: NOW)


def http_date(timestamp: float) -> str:
    return email.utils.formatdate(timestamp, usegmt=True)


class TestWhichStatusesAreRetried:
    @pytest.mark.parametrize("status", [408, 409, 429, 500, 501, 502, 503, 504, 529, 599])
    def test_timeouts_conflicts_rate_limits_and_server_errors_are_retried(self, status: int) -> None:
        assert status_is_retryable(status)
        assert should_retry_response(status, {})

    @pytest.mark.parametrize("status", [400, 401, 403, 404, 405, 410, 413, 418, 422, 499])
    def test_other_client_errors_are_not_retried(self, status: int) -> None:
        assert not status_is_retryable(status)
        assert not should_retry_response(status, {})

    def test_x_should_retry_true_retries_a_status_that_is_not_retryable(self) -> None:
        assert should_retry_response(400, {"x-should-retry": "true"})

    def test_x_should_retry_false_stops_a_retryable_status(self) -> None:
        assert not should_retry_response(500, {"x-should-retry": "false"})
        assert not should_retry_response(429, {"x-should-retry": "false"})

    @pytest.mark.parametrize("value", ["True", "TRUE", "1", "yes", ""])
    def test_only_the_exact_lowercase_values_override(self, value: str) -> None:
        # As observed on the reference: "TRUE" on a 400 does not retry, "True" on a 429 does.
        assert not should_retry_response(400, {"x-should-retry": value})
        assert should_retry_response(429, {"x-should-retry": value})

    def test_the_header_name_is_case_insensitive_with_httpx_headers(self) -> None:
        assert should_retry_response(400, httpx.Headers({"X-Should-Retry": "true"}))


class TestBackoff:
    @pytest.mark.parametrize(
        ("retries_taken", "expected"), [(0, 0.5), (1, 1.0), (2, 2.0), (3, 4.0), (4, 8.0), (5, 8.0), (10, 8.0)]
    )
    def test_exponential_backoff_capped_at_8_seconds(self, retries_taken: int, expected: float) -> None:
        assert delay(None, retries_taken) == expected

    def test_jitter_scales_the_delay_into_three_quarters_to_one(self) -> None:
        assert retry_delay(0, None, jitter=lambda: 0.0) == 0.5
        assert retry_delay(0, None, jitter=lambda: 0.5) == 0.5 * 0.875
        almost_one = retry_delay(2, None, jitter=lambda: 0.999999)
        assert almost_one is not None and 2.0 * 0.75 < almost_one < 2.0 * 0.7501

    def test_random_jitter_stays_within_bounds(self) -> None:
        for retries_taken in range(6):
            backoff = min(0.5 * 2**retries_taken, 8.0)
            for _ in range(200):
                value = retry_delay(retries_taken)
                assert value is not None and 0.75 * backoff < value <= backoff

    def test_a_huge_retry_count_does_not_overflow(self) -> None:
        assert delay(None, 5000) == 8.0


class TestServerDelay:
    def test_retry_after_ms_is_milliseconds(self) -> None:
        assert delay({"retry-after-ms": "1500"}) == 1.5

    @pytest.mark.parametrize(("value", "expected"), [("3", 3.0), ("2.5", 2.5), ("120", 120.0), ("0.001", 0.001)])
    def test_retry_after_is_seconds_and_floats_are_accepted(self, value: str, expected: float) -> None:
        assert delay({"retry-after": value}) == expected

    def test_retry_after_ms_wins_over_retry_after(self) -> None:
        assert delay({"retry-after-ms": "1500", "retry-after": "3"}) == 1.5

    def test_unparseable_retry_after_ms_falls_back_to_retry_after(self) -> None:
        assert delay({"retry-after-ms": "soon", "retry-after": "4"}) == 4.0

    def test_zero_retry_after_ms_means_backoff_not_retry_after(self) -> None:
        # Observed on the reference: the 0 ms header is used (and rejected), "4" is not read.
        assert delay({"retry-after-ms": "0", "retry-after": "4"}) == 0.5

    def test_retry_after_as_an_http_date(self) -> None:
        assert delay({"retry-after": http_date(NOW + 30)}) == 30.0

    def test_an_http_date_in_the_past_means_backoff(self) -> None:
        assert delay({"retry-after": http_date(NOW - 30)}) == 0.5

    @pytest.mark.parametrize(
        "headers",
        [{"retry-after": "121"}, {"retry-after": "3600"}, {"retry-after-ms": "200000"}],
        ids=["121s", "1h", "200000ms"],
    )
    def test_over_120_seconds_means_do_not_retry(self, headers: Dict[str, str]) -> None:
        assert delay(headers) is None

    def test_an_http_date_over_120_seconds_away_means_do_not_retry(self) -> None:
        assert delay({"retry-after": http_date(NOW + 300)}) is None

    @pytest.mark.parametrize("value", ["0", "-1", "abc", "", "nan", "inf", "-inf", "1 Jan 99999999999 00:00:00 GMT"])
    def test_zero_negative_infinite_or_garbage_means_backoff(self, value: str) -> None:
        assert delay({"retry-after": value}, 1) == 1.0
        assert delay({"retry-after-ms": value}, 1) == 1.0

    def test_server_retry_delay_without_headers_is_none(self) -> None:
        assert server_retry_delay(None) is None
        assert server_retry_delay({}) is None
        assert server_retry_delay({"retry-after": "nope"}) is None

    def test_server_retry_delay_reads_httpx_headers_case_insensitively(self) -> None:
        assert server_retry_delay(httpx.Headers({"Retry-After-Ms": "250"})) == 0.25


class TestAgainstTheReference:
    @pytest.mark.parametrize(
        "headers",
        [
            {"retry-after": "3"},
            {"retry-after": "2.5"},
            {"retry-after-ms": "1500"},
            {"retry-after-ms": "1500", "retry-after": "3"},
            {"retry-after": "120"},
            {"retry-after": "121"},
            {"retry-after-ms": "200000"},
            {"retry-after-ms": "abc", "retry-after": "4"},
        ],
    )
    def test_server_delays_match_the_reference_sleeps(
        self, headers: Dict[str, str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        import time

        import openai

        sleeps: List[float] = []
        monkeypatch.setattr(time, "sleep", sleeps.append)

        def handler(request: httpx.Request) -> httpx.Response:
            return httpx.Response(429, headers=headers, json={})

        client = openai.OpenAI(
            api_key="k", max_retries=1, http_client=httpx.Client(transport=httpx.MockTransport(handler))
        )
        with pytest.raises(openai.RateLimitError):
            client.get("/x", cast_to=httpx.Response)
        ours = retry_delay(0, headers)
        assert sleeps == ([] if ours is None else [ours])
