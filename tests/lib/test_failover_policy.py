"""The failover policy without sockets: which errors move on, the breaker, the deadline math."""

from __future__ import annotations

from typing import Any, Dict, List

import httpx
import pytest

import openwire
from openwire._exceptions import make_status_error
from openwire.lib.failover import Breaker, FailoverPolicy, Route, Run, clip, moves_on, with_model

REQUEST = httpx.Request("POST", "http://x.invalid/v1/chat/completions")
CODES = frozenset({"context_length_exceeded"})


def status_error(status: int, code: str = "x", headers: Dict[str, str] | None = None) -> Any:
    body = {"error": {"message": "m", "type": "t", "code": code}}
    return make_status_error(httpx.Response(status, json=body, headers=headers, request=REQUEST))


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def run(policy: FailoverPolicy, clock: Clock, routes: int = 2) -> Run:
    route_list: List[Route[Any]] = [Route(object(), name=f"r{i}") for i in range(routes)]
    return Run(policy, route_list, [Breaker(policy.cooldown) for _ in route_list], clock=clock)


@pytest.mark.parametrize(
    ("error", "moves"),
    [
        (openwire.APIConnectionError(request=REQUEST), True),
        (openwire.APITimeoutError(request=REQUEST), True),
        (status_error(429), True),
        (status_error(500), True),
        (status_error(503), True),
        (status_error(400, "context_length_exceeded"), True),
        (status_error(400, "content_filter"), False),
        (status_error(401), False),
        (status_error(404), False),
        (status_error(422), False),
        (openwire.APIError("malformed event", REQUEST, body=None), True),
        (ValueError("not an API error"), False),
    ],
)
def test_which_errors_move_on(error: BaseException, moves: bool) -> None:
    assert moves_on(error, CODES) is moves


def test_fallback_codes_are_configurable() -> None:
    assert not moves_on(status_error(400, "context_length_exceeded"), frozenset())
    assert moves_on(status_error(400, "model_not_found"), frozenset({"model_not_found"}))


def test_breaker_opens_then_admits_one_probe_then_closes() -> None:
    breaker = Breaker(cooldown=10)
    assert breaker.admit(0)
    breaker.failed(0)
    assert not breaker.admit(5)
    assert breaker.admit(10)  # the probe
    assert not breaker.admit(10)  # only one at a time
    breaker.succeeded()
    assert breaker.admit(11) and breaker.admit(11)


def test_a_failed_probe_opens_the_breaker_again() -> None:
    breaker = Breaker(cooldown=10)
    breaker.failed(0)
    assert breaker.admit(10)
    breaker.failed(10)
    assert not breaker.admit(15) and breaker.admit(20)


def test_a_released_probe_lets_another_call_probe() -> None:
    breaker = Breaker(cooldown=1)
    breaker.failed(0)
    assert breaker.admit(1)
    breaker.release()
    assert breaker.admit(1)


def test_routes_cooling_down_are_skipped_unless_all_are() -> None:
    clock = Clock()
    state = run(FailoverPolicy(cooldown=30), clock, routes=3)
    state.breakers[0].failed(clock.now)
    assert state.order() == [1, 2]
    for breaker in state.breakers:
        breaker.failed(clock.now)
    assert state.order() == [0, 1, 2]
    state.tried.add(0)
    assert state.order() == [1, 2]


def test_step_retries_on_the_route_within_its_budget_then_moves_on() -> None:
    state = run(FailoverPolicy(), Clock())
    verdict, delay = state.step(status_error(429, headers={"retry-after": "2"}), 0, 2)
    assert (verdict, delay) == ("retry", 2.0)
    assert state.step(status_error(503), 2, 2) == ("next", 0.0)
    assert state.step(status_error(400, "content_filter"), 0, 2) == ("raise", 0.0)
    assert state.step(status_error(400, "context_length_exceeded"), 0, 2) == ("next", 0.0)


def test_a_silent_route_is_not_asked_again() -> None:
    state = run(FailoverPolicy(), Clock())
    assert state.step(openwire.APITimeoutError(request=REQUEST), 0, 5) == ("next", 0.0)
    verdict, _ = state.step(openwire.APIConnectionError(request=REQUEST), 0, 5)
    assert verdict == "retry"


def test_a_retry_after_past_the_deadline_moves_on() -> None:
    clock = Clock()
    state = run(FailoverPolicy(total_timeout=5), clock)
    assert state.step(status_error(429, headers={"retry-after": "10"}), 0, 2) == ("next", 0.0)
    assert state.step(status_error(429, headers={"retry-after": "1"}), 0, 2) == ("retry", 1.0)


def test_deadline_math() -> None:
    clock = Clock()
    state = run(FailoverPolicy(total_timeout=5, first_token_timeout=2, idle_timeout=3), clock)
    assert state.remaining() == 5 and not state.expired()
    assert state.read_timeout(600, streaming=False) == 2
    assert state.read_timeout(600, streaming=True) == 3  # the larger silence limit: see the policy
    clock.now += 4
    assert state.read_timeout(600, streaming=True) == 1  # clipped to what is left
    clock.now += 1
    assert state.expired()
    assert run(FailoverPolicy(), clock).read_timeout(600, streaming=True) == 600
    assert clip(None, None) is None and clip(3, None) == 3 and clip(None, 2) == 2 and clip(3, -1) == 0.001


def test_backoff_between_routes_is_jittered_and_bounded_by_the_deadline() -> None:
    clock = Clock()
    state = run(FailoverPolicy(route_backoff=1.0, total_timeout=10), clock)
    assert state.backoff(lambda: 0.0) == 0.5 and state.backoff(lambda: 1.0) == 1.0
    clock.now += 9.8
    assert state.backoff(lambda: 1.0) == pytest.approx(0.2)


def test_the_route_model_replaces_the_request_model_only_where_there_is_one() -> None:
    assert with_model({"model": "a", "input": "x"}, "b") == {"model": "b", "input": "x"}
    assert with_model({"input": "x"}, "b") == {"input": "x"}
    assert with_model({"model": "a"}, None) == {"model": "a"}
    assert with_model(None, "b") is None
