"""Failover routes over real sockets: the 16 faults of issue 14, sync and async, streamed and not.

The primary and the fallback are embedded servers (``openwire.local``, DeepSeek and Qwen wire
formats) on 127.0.0.1; the primary gets the fault from ``app.faults``. "Pass" is the issue's:
the caller got the complete answer (or the right error), nothing was retried that should not
be, nothing hung, nothing truncated succeeded. Times are scaled down: "20 s" of silence becomes
2 s against a 0.5 s first-token limit, "30 s" of stall 2 s against a 0.3 s idle limit, "60 s"
down 0.5 s against a 0.2 s cool-down.

The 16 faults and their tests:
 1. 429 with Retry-After once            test_429_with_retry_after_once_is_retried_on_the_route
 2. 429 forever                          test_primary_failing_forever_is_served_by_the_fallback[429]
 3. 500 once                             test_500_once_is_retried_on_the_route
 4. 503 forever                          test_primary_failing_forever_is_served_by_the_fallback[503]
 5. TCP reset before headers once        test_connection_reset_before_headers_once_is_retried
 6. no response at all                   test_no_response_at_all_moves_on
 7. first token after 20 s               test_first_token_late_moves_on
 8. stream cut after 40 of 60 tokens     test_cut_stream_restarts_on_the_next_route
 9. stream stalls 30 s, connection open  test_stall_mid_stream_restarts_on_the_next_route
10. a malformed chunk mid-stream         test_malformed_event_mid_stream_restarts_on_the_next_route
11. a stream without [DONE]              test_stream_without_its_end_restarts_on_the_next_route
12. 400 context_length_exceeded          test_400_context_length_exceeded_moves_on
13. 400 content-filter rejection         test_400_content_filter_propagates_at_once
14. cut stream, fallback rejects prefill test_cut_stream_restart_sends_no_prefill_to_a_route_that_rejects_it
15. primary down 60 s, then healthy      test_primary_down_then_healthy_across_20_requests
16. primary 503, fallback answers        test_primary_failing_forever_is_served_by_the_fallback[503]
"""

from __future__ import annotations

import json
import time
from typing import Iterator, Tuple

import pytest
from failover_support import Driver, Spec

import openwire
from openwire.lib.failover import FailoverPolicy
from openwire.local import LocalAPI, LocalServer

WORDS = " ".join(f"w{i}" for i in range(60))  # 60 content chunks on a stream
QUICK = FailoverPolicy(route_backoff=0.01)


@pytest.fixture(params=["sync", "async"])
def driver(request: pytest.FixtureRequest) -> Iterator[Driver]:
    d = Driver(request.param)
    try:
        yield d
    finally:
        d.close()


@pytest.fixture(params=[False, True], ids=["plain", "stream"])
def stream(request: pytest.FixtureRequest) -> bool:
    value: bool = request.param
    return value


Pair = Tuple[LocalAPI, LocalAPI, str, str]


@pytest.fixture(scope="module")
def servers() -> Iterator[Pair]:
    primary, fallback = LocalAPI(provider="deepseek"), LocalAPI(provider="qwen")
    for app in (primary, fallback):
        app.replies.add(text=WORDS)
    with LocalServer(app=primary) as one, LocalServer(app=fallback) as two:
        yield primary, fallback, one.url, two.url


@pytest.fixture
def pair(servers: Pair) -> Pair:
    """The two servers, without the faults and requests of the tests before."""
    for app in servers[:2]:
        app.faults.clear()
        app.requests.clear()
    return servers


def specs(pair: Pair, **primary: object) -> list[Spec]:
    return [Spec(pair[2], name="deepseek", **primary), Spec(pair[3], model="qwen-plus", name="qwen")]  # type: ignore[arg-type]


def chat_hits(app: LocalAPI) -> int:
    return sum(1 for request in app.requests if request.path == "/chat/completions")


# -- faults the primary recovers from within its own retry budget ----------------------------------


def test_429_with_retry_after_once_is_retried_on_the_route(driver: Driver, pair: Pair, stream: bool) -> None:
    pair[0].faults.add(path="/chat/completions", status=429, retry_after=0.3, times=1)
    out = driver.ask(driver.client(specs(pair), QUICK), stream=stream)
    assert out.error is None and out.text == WORDS
    assert out.info is not None and out.info.name == "deepseek" and out.info.model == "deepseek-chat"
    assert [a.status for a in out.info.attempts] == [429]
    assert out.seconds >= 0.3  # Retry-After honoured
    assert chat_hits(pair[0]) == 2 and chat_hits(pair[1]) == 0


def test_500_once_is_retried_on_the_route(driver: Driver, pair: Pair, stream: bool) -> None:
    pair[0].faults.add(path="/chat/completions", status=500, times=1)
    out = driver.ask(driver.client(specs(pair), QUICK), stream=stream)
    assert out.error is None and out.text == WORDS
    assert out.info is not None and out.info.route == 0
    assert chat_hits(pair[1]) == 0


@pytest.mark.parametrize("reset", [True, False], ids=["rst", "closed"])
def test_connection_reset_before_headers_once_is_retried(driver: Driver, pair: Pair, stream: bool, reset: bool) -> None:
    # A TCP RST (or a plain close) before the status line: retried on the route, which then answers.
    pair[0].faults.add(path="/chat/completions", disconnect=True, reset_after=0 if reset else None, times=1)
    out = driver.ask(driver.client(specs(pair), QUICK), stream=stream)
    assert out.error is None and out.text == WORDS
    assert out.info is not None and out.info.route == 0 and len(out.info.attempts) == 1
    assert "APIConnectionError" in out.info.attempts[0].error
    assert chat_hits(pair[0]) == 2 and chat_hits(pair[1]) == 0


# -- faults that move the call to the fallback -----------------------------------------------------


@pytest.mark.parametrize("status", [429, 503])
def test_primary_failing_forever_is_served_by_the_fallback(
    driver: Driver, pair: Pair, stream: bool, status: int
) -> None:
    pair[0].faults.add(path="/chat/completions", status=status, retry_after=0.01, times=None)
    out = driver.ask(driver.client(specs(pair, max_retries=1), QUICK), stream=stream)
    assert out.error is None and out.text == WORDS
    assert out.info is not None and out.info.name == "qwen"
    # The fallback's model and usage, as it reported them.
    assert out.info.model == "qwen-plus" and out.model == "qwen-plus"
    assert out.info.usage is not None and out.info.usage.completion_tokens > 0
    assert [a.status for a in out.info.attempts] == [status, status]  # the route's own budget: 1 retry
    assert chat_hits(pair[0]) == 2
    assert json.loads(pair[1].requests[-1].body)["model"] == "qwen-plus"


def test_no_response_at_all_moves_on(driver: Driver, pair: Pair, stream: bool) -> None:
    # The primary never answers (a hang until the server stops): left at the first-token limit.
    pair[0].faults.add(path="/chat/completions", hang=True, times=1)
    policy = FailoverPolicy(first_token_timeout=0.5, route_backoff=0.01)
    out = driver.ask(driver.client(specs(pair), policy), stream=stream)
    assert out.error is None and out.text == WORDS and out.restarts == []
    assert out.info is not None and out.info.name == "qwen"
    assert 0.5 <= out.seconds < 1.5
    assert chat_hits(pair[0]) == 1  # a silent route is not asked again
    assert "APITimeoutError" in out.info.attempts[0].error


def test_first_token_late_moves_on(driver: Driver, pair: Pair, stream: bool) -> None:
    # "First token after 20 s", scaled: 2 s late against a 0.5 s limit. Streamed, the headers
    # come at once and the first event late; plain, the whole answer is late.
    pair[0].faults.add(path="/chat/completions", stall=2.0, stall_after=0 if stream else None, times=1)
    policy = FailoverPolicy(first_token_timeout=0.5, route_backoff=0.01)
    out = driver.ask(driver.client(specs(pair), policy), stream=stream)
    assert out.error is None and out.text == WORDS and out.restarts == []
    assert out.info is not None and out.info.name == "qwen"
    assert out.seconds < 1.5
    assert chat_hits(pair[0]) == 1
    assert "APITimeoutError" in out.info.attempts[0].error


def test_a_slow_first_event_within_its_limit_is_not_cut_by_the_idle_limit(driver: Driver, pair: Pair) -> None:
    pair[0].faults.add(path="/chat/completions", stall=0.6, times=1)  # before the status line
    policy = FailoverPolicy(first_token_timeout=1.5, idle_timeout=0.3, route_backoff=0.01)
    out = driver.ask(driver.client(specs(pair)[:1], policy), stream=True)
    assert out.error is None and out.text == WORDS and out.seconds >= 0.6


@pytest.mark.parametrize("big", ["qwen-long", None])
def test_400_context_length_exceeded_moves_on(driver: Driver, pair: Pair, stream: bool, big: "str | None") -> None:
    pair[0].faults.add(path="/chat/completions", status=400, code="context_length_exceeded", message="too long")
    routes = [Spec(pair[2], name="small"), Spec(pair[3], model=big, name="big")]
    out = driver.ask(driver.client(routes, QUICK), stream=stream)
    assert out.error is None and out.text == WORDS
    assert out.info is not None and out.info.name == "big" and out.info.model == (big or "deepseek-chat")
    assert [a.status for a in out.info.attempts] == [400]
    assert chat_hits(pair[0]) == 1  # not retried on the route that refused
    assert json.loads(pair[1].requests[-1].body)["model"] == (big or "deepseek-chat")


def test_400_content_filter_propagates_at_once(driver: Driver, pair: Pair, stream: bool) -> None:
    pair[0].faults.add(
        path="/chat/completions",
        status=400,
        code="content_filter",
        message="The response was filtered due to the prompt triggering the content management policy.",
        times=None,
    )
    out = driver.ask(driver.client(specs(pair), QUICK), stream=stream)
    assert isinstance(out.error, openwire.BadRequestError)
    assert out.error.code == "content_filter" and "content management policy" in str(out.error)
    assert chat_hits(pair[0]) == 1 and chat_hits(pair[1]) == 0  # neither retried nor failed over
    assert out.seconds < 1.0


def test_every_route_failing_raises_the_last_error_with_the_attempts(driver: Driver, pair: Pair) -> None:
    for app in pair[:2]:
        app.faults.add(path="/chat/completions", status=503, times=None)
    routes = [Spec(pair[2], name="deepseek", max_retries=0), Spec(pair[3], name="qwen", max_retries=0)]
    out = driver.ask(driver.client(routes, QUICK))
    assert isinstance(out.error, openwire.InternalServerError)
    assert out.info is not None and out.info.route is None
    assert [(a.name, a.status) for a in out.info.attempts] == [("deepseek", 503), ("qwen", 503)]


# -- the circuit breaker -----------------------------------------------------------------------------


def test_primary_down_then_healthy_is_skipped_then_probed(driver: Driver, pair: Pair) -> None:
    down = pair[0].faults.add(path="/chat/completions", status=503, times=None)
    client = driver.client(specs(pair, max_retries=0), FailoverPolicy(cooldown=0.5, route_backoff=0.01))
    served = [driver.ask(client).info for _ in range(3)]
    assert [info.name for info in served if info] == ["qwen"] * 3
    assert chat_hits(pair[0]) == 1  # the second and third calls skipped the open breaker
    down.times = 0  # the primary recovers
    time.sleep(0.6)
    after = [driver.ask(client).info for _ in range(3)]
    assert [info.name for info in after if info] == ["deepseek"] * 3  # probed, then used again
    assert chat_hits(pair[0]) == 4


def test_primary_down_then_healthy_across_20_requests(driver: Driver, pair: Pair) -> None:
    # "Primary down 60 s then healthy across 20 requests", scaled: down for the first 10 requests
    # (about 0.5 s), a 0.2 s cool-down; every request gets the whole answer.
    down = pair[0].faults.add(path="/chat/completions", status=503, times=None)
    client = driver.client(specs(pair, max_retries=0), FailoverPolicy(cooldown=0.2, route_backoff=0.01))
    served = []
    for number in range(20):
        if number == 10:
            down.times = 0  # the primary recovers
        out = driver.ask(client)
        assert out.error is None and out.text == WORDS
        assert out.info is not None
        served.append(out.info.name)
        time.sleep(0.05)
    assert served[:10] == ["qwen"] * 10
    recovered = served.index("deepseek", 10)  # probed after the cool-down, then used again
    assert served[recovered:] == ["deepseek"] * (20 - recovered)
    assert 1 <= down.hits < 10  # while down, only the probes reached it (at most one per cool-down)


# -- deadlines -----------------------------------------------------------------------------------


def test_total_deadline_bounds_the_call(driver: Driver, pair: Pair, stream: bool) -> None:
    for app in pair[:2]:
        app.faults.add(path="/chat/completions", stall=3.0, times=1)
    out = driver.ask(driver.client(specs(pair), FailoverPolicy(total_timeout=0.8, route_backoff=0.01)), stream=stream)
    assert isinstance(out.error, openwire.APITimeoutError)
    assert out.seconds < 1.5


def test_idle_limit_between_events_ends_a_stalled_stream(driver: Driver, pair: Pair) -> None:
    pair[0].faults.add(path="/chat/completions", stall_after=3, stall=1.5, times=1)
    policy = FailoverPolicy(idle_timeout=0.3, route_backoff=0.01)
    out = driver.ask(driver.client([Spec(pair[2], timeout=3.0)], policy), stream=True)
    assert isinstance(out.error, openwire.APITimeoutError)  # not a truncated success
    assert out.seconds < 1.4


# -- stream restart ----------------------------------------------------------------------------------


def test_cut_stream_without_restart_raises(driver: Driver, pair: Pair) -> None:
    pair[0].faults.add(path="/chat/completions", cut_after=40, times=1)
    out = driver.ask(driver.client(specs(pair), QUICK), stream=True)
    assert isinstance(out.error, openwire.APIConnectionError)  # never a truncated success
    assert chat_hits(pair[1]) == 0


def test_cut_plain_answer_is_never_a_success(driver: Driver, pair: Pair) -> None:
    # A plain answer cut half-way (its whole length announced): the fallback answers.
    pair[0].faults.add(path="/chat/completions", cut_after=1, times=None)
    out = driver.ask(driver.client(specs(pair, max_retries=0), QUICK))
    assert out.error is None and out.text == WORDS
    assert out.info is not None and out.info.name == "qwen"
    assert "APIConnectionError" in out.info.attempts[0].error


def test_cut_stream_restarts_on_the_next_route(driver: Driver, pair: Pair) -> None:
    # "Stream cut after 40 of 60 tokens": the consumer is told, then gets the whole answer.
    pair[0].faults.add(path="/chat/completions", cut_after=40, times=1)
    policy = FailoverPolicy(restart_streams=True, route_backoff=0.01)
    out = driver.ask(driver.client(specs(pair), policy), stream=True)
    assert out.error is None and out.text == WORDS
    assert [r.name for r in out.restarts] == ["qwen"] and "APIConnectionError" in out.restarts[0].reason
    assert out.info is not None and out.info.name == "qwen" and out.info.restarts == 1
    assert out.info.usage is not None
    # The restarted request is the original one: no partial answer sent as an assistant prefill.
    body = json.loads(pair[1].requests[-1].body)
    assert [m["role"] for m in body["messages"]] == ["user"] and body["model"] == "qwen-plus"


# -- the rest of the resource tree ---------------------------------------------------------------


@pytest.mark.parametrize("api", ["responses", "embeddings"])
def test_other_endpoints_fail_over_with_the_route_model(driver: Driver, pair: Pair, api: str) -> None:
    pair[0].faults.add(path="/responses" if api == "responses" else "/embeddings", status=503, times=None)
    out = driver.ask(driver.client(specs(pair, max_retries=0), QUICK), api=api)
    assert out.error is None
    assert out.info is not None and out.info.name == "qwen" and out.info.model == "qwen-plus"
    assert out.model == "qwen-plus"


def test_malformed_event_mid_stream_restarts_on_the_next_route(driver: Driver, pair: Pair) -> None:
    pair[0].faults.add(path="/chat/completions", malformed_after=20, times=1)
    policy = FailoverPolicy(restart_streams=True, route_backoff=0.01)
    out = driver.ask(driver.client(specs(pair), policy), stream=True)
    assert out.error is None and out.text == WORDS
    assert [r.name for r in out.restarts] == ["qwen"]
    assert out.info is not None and out.info.name == "qwen" and out.info.restarts == 1
    assert chat_hits(pair[0]) == 1  # the malformed route is not asked again


def test_malformed_event_without_restart_raises_a_typed_error(driver: Driver, pair: Pair) -> None:
    pair[0].faults.add(path="/chat/completions", malformed_after=20, times=1)
    out = driver.ask(driver.client(specs(pair), QUICK), stream=True)
    assert isinstance(out.error, openwire.APIError)  # never json.JSONDecodeError, never a success
    assert chat_hits(pair[1]) == 0


def test_stall_mid_stream_restarts_on_the_next_route(driver: Driver, pair: Pair) -> None:
    # "Stream stalls 30 s with the connection open", scaled: 2 s of silence, a 0.3 s idle limit.
    pair[0].faults.add(path="/chat/completions", stall_after=20, stall=2.0, times=1)
    policy = FailoverPolicy(restart_streams=True, idle_timeout=0.3, route_backoff=0.01)
    out = driver.ask(driver.client(specs(pair), policy), stream=True)
    assert out.error is None and out.text == WORDS
    assert [r.name for r in out.restarts] == ["qwen"] and "APITimeoutError" in out.restarts[0].reason
    assert out.seconds < 1.5
    assert chat_hits(pair[0]) == 1 and chat_hits(pair[1]) == 1


def test_stream_without_its_end_restarts_on_the_next_route(driver: Driver, pair: Pair) -> None:
    # Every content event, then a proper end of body: no [DONE], no finish_reason.
    pair[0].faults.add(path="/chat/completions", no_done=True, times=1)
    policy = FailoverPolicy(restart_streams=True, route_backoff=0.01)
    out = driver.ask(driver.client(specs(pair), policy), stream=True)
    assert out.error is None and out.text == WORDS
    assert [r.name for r in out.restarts] == ["qwen"] and "IncompleteStreamError" in out.restarts[0].reason
    assert out.info is not None and out.info.name == "qwen"
    assert chat_hits(pair[0]) == 1 and chat_hits(pair[1]) == 1


def test_stream_without_its_end_is_never_a_success(driver: Driver, pair: Pair) -> None:
    pair[0].faults.add(path="/chat/completions", no_done=True, times=1)
    out = driver.ask(driver.client(specs(pair), QUICK), stream=True)
    assert isinstance(out.error, openwire.IncompleteStreamError)
    assert chat_hits(pair[1]) == 0


def test_cut_stream_restart_sends_no_prefill_to_a_route_that_rejects_it(driver: Driver, pair: Pair) -> None:
    pair[0].faults.add(path="/chat/completions", cut_after=40, times=1)
    refuse = pair[1].faults.add(path="/chat/completions", reject_prefill=True, times=None)
    policy = FailoverPolicy(restart_streams=True, route_backoff=0.01)
    out = driver.ask(driver.client(specs(pair), policy), stream=True)
    assert out.error is None and out.text == WORDS
    assert [r.name for r in out.restarts] == ["qwen"]
    assert refuse.hits == 0 and chat_hits(pair[1]) == 1  # the original request, not a prefill


def test_with_options_applies_to_every_route(driver: Driver, pair: Pair) -> None:
    pair[0].faults.add(path="/chat/completions", status=503, times=None)
    client = driver.client(specs(pair), QUICK).with_options(max_retries=0)
    out = driver.ask(client)
    assert out.info is not None and out.info.name == "qwen"
    assert chat_hits(pair[0]) == 1  # the copied primary has no retry budget left
    assert client.policy is QUICK and [r.model for r in client.routes] == [None, "qwen-plus"]
