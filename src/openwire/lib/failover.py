"""Failover routes: which route to try next, when to move on, how long a call may take.

Pure policy, no I/O: ``lib/_async/failover.py`` (and its sync twin) drives it. A call walks
the routes in order, each a client plus an optional model that replaces the request's
``model``; it moves on after connection errors, timeouts, 429 / 5xx once the route's own
retry budget is spent, and after a 400 whose ``code`` is in ``fallback_codes``; any other
error propagates at once. ``route_info(result)`` says which route, model and usage served a
result (or, on the error a failed call raises, which attempts failed).
"""

from __future__ import annotations

import random
import threading
import time
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from typing import Any, Callable, FrozenSet, Generic, List, Optional, Sequence, Tuple, TypeVar

from .._exceptions import APIConnectionError, APIError, APIResponseValidationError, APIStatusError, APITimeoutError
from .._retries import retry_delay, should_retry_response

__all__ = [
    "Route",
    "FailoverPolicy",
    "Attempt",
    "RouteInfo",
    "StreamRestart",
    "route_info",
    "moves_on",
]

_C = TypeVar("_C", covariant=True)


@dataclass(frozen=True)
class Route(Generic[_C]):
    """A client to send the call to; ``model`` (if given) replaces the request's ``model``."""

    client: _C
    model: Optional[str] = None
    name: Optional[str] = None


@dataclass(frozen=True)
class FailoverPolicy:
    """When to move to the next route, and the time limits of a call (seconds; None: no limit).

    ``total_timeout`` bounds a call across every attempt and route (each read is clipped to
    what is left, and no attempt starts after it). ``first_token_timeout`` bounds the wait
    for the response and, on a stream, for its first event; ``idle_timeout`` the gap between
    events. On the sync client both are the httpx read timeout of the attempt (the larger of
    the two when both are given); the async client also enforces each exactly. A route that
    failed is skipped for ``cooldown`` seconds, then one call probes it. With
    ``restart_streams``, a stream that breaks after its first event goes on from the next route
    (see :class:`StreamRestart`).
    """

    fallback_codes: FrozenSet[str] = frozenset({"context_length_exceeded"})
    cooldown: float = 30.0
    total_timeout: Optional[float] = None
    first_token_timeout: Optional[float] = None
    idle_timeout: Optional[float] = None
    restart_streams: bool = False
    route_backoff: float = 0.1


@dataclass(frozen=True)
class Attempt:
    """One failed attempt: on which route and model, what went wrong, after how long."""

    route: int
    name: Optional[str]
    model: Optional[str]
    error: str
    status: Optional[int]
    seconds: float


@dataclass
class RouteInfo:
    """What served a result (``route`` is None when every route failed) and the failed attempts.

    On a stream, ``usage`` is filled in by the chunk that carries it, and ``restarts`` counts
    the times the stream went on from another route.
    """

    route: Optional[int]
    name: Optional[str]
    model: Optional[str]
    usage: Any = None
    attempts: List[Attempt] = field(default_factory=list)
    restarts: int = 0


@dataclass(frozen=True)
class StreamRestart:
    """Yielded by a stream (only with ``restart_streams=True``) when its route broke mid-answer.

    Everything received before it is void: the next items start the answer again, from
    ``route`` (the request is sent again as it was, never with the partial answer in it).
    """

    route: int
    name: Optional[str]
    model: Optional[str]
    reason: str


def route_info(result: object) -> Optional[RouteInfo]:
    """The :class:`RouteInfo` of a failover client's result or error (None for other objects)."""
    info = getattr(result, "_route", None)
    return info if isinstance(info, RouteInfo) else None


def attach(result: object, info: RouteInfo) -> None:
    try:
        object.__setattr__(result, "_route", info)
    except (AttributeError, TypeError):  # a result without a __dict__: nothing to attach to
        pass


def moves_on(error: BaseException, fallback_codes: FrozenSet[str]) -> bool:
    """Whether another route may answer: the route failed, not the request."""
    if isinstance(error, APIConnectionError):  # includes timeouts
        return True
    if isinstance(error, APIStatusError):
        status = error.status_code
        if status in (408, 429) or status >= 500:
            return True
        return status == 400 and isinstance(error.code, str) and error.code in fallback_codes
    # An error event or a malformed / incomplete stream: the route broke mid-answer.
    return isinstance(error, APIError) and not isinstance(error, APIResponseValidationError)


def describe(error: BaseException) -> Tuple[str, Optional[int]]:
    status = error.status_code if isinstance(error, APIStatusError) else None
    return f"{type(error).__name__}: {error}", status


class Breaker:
    """A route's circuit breaker: open for ``cooldown`` after a failure, then one probe."""

    def __init__(self, cooldown: float) -> None:
        self.cooldown = cooldown
        self.open_until: Optional[float] = None
        self.probing = False
        self._lock = threading.Lock()

    def admit(self, now: float) -> bool:
        """Whether this call may use the route (claims the probe when the cool-down is over)."""
        with self._lock:
            if self.open_until is None:
                return True
            if now < self.open_until or self.probing:
                return False
            self.probing = True
            return True

    def succeeded(self) -> None:
        with self._lock:
            self.open_until, self.probing = None, False

    def failed(self, now: float) -> None:
        with self._lock:
            self.open_until, self.probing = now + self.cooldown, False

    def release(self) -> None:
        """The call ended without a verdict on the route (cancelled): let another call probe."""
        with self._lock:
            self.probing = False


class Run:
    """The state of one call: its deadline, the routes left, the failed attempts."""

    def __init__(
        self,
        policy: FailoverPolicy,
        routes: Sequence[Route[Any]],
        breakers: Sequence[Breaker],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.policy = policy
        self.routes = routes
        self.breakers = breakers
        self.clock = clock
        self.started = clock()
        self.attempts: List[Attempt] = []
        self.tried: set[int] = set()

    def remaining(self) -> Optional[float]:
        if self.policy.total_timeout is None:
            return None
        return self.policy.total_timeout - (self.clock() - self.started)

    def expired(self) -> bool:
        left = self.remaining()
        return left is not None and left <= 0

    def order(self) -> List[int]:
        """Routes not tried yet in this call, in order; those cooling down are left out,
        unless every one of them is (then all are tried: better a try than a certain failure)."""
        now = self.clock()
        left = [index for index in range(len(self.routes)) if index not in self.tried]
        admitted = [index for index in left if self.breakers[index].admit(now)]
        return admitted or left

    def read_timeout(self, default: Optional[float], streaming: bool) -> Optional[float]:
        """The httpx read timeout of an attempt: the silence limits, clipped to the deadline."""
        limits = [self.policy.first_token_timeout] + ([self.policy.idle_timeout] if streaming else [])
        given = [limit for limit in limits if limit is not None]
        read = max(given) if given else default
        return clip(read, self.remaining())

    def step(self, error: BaseException, retries_taken: int, budget: int) -> Tuple[str, float]:
        """``("raise", 0)``, ``("next", 0)`` or ``("retry", delay)`` after a failed attempt."""
        if not moves_on(error, self.policy.fallback_codes):
            return "raise", 0.0
        if isinstance(error, APITimeoutError) or retries_taken >= budget:
            return "next", 0.0  # a silent route is not asked again
        headers = None
        if isinstance(error, APIStatusError):
            if not should_retry_response(error.status_code, error.response.headers):
                return "next", 0.0
            headers = error.response.headers
        elif not isinstance(error, APIConnectionError):
            return "next", 0.0  # a broken stream: another route rather than the same again
        delay = retry_delay(retries_taken, headers)
        left = self.remaining()
        if delay is None or (left is not None and delay >= left):
            return "next", 0.0
        return "retry", delay

    def record(self, index: int, model: Optional[str], error: BaseException, since: float) -> None:
        text, status = describe(error)
        self.attempts.append(Attempt(index, self.routes[index].name, model, text, status, self.clock() - since))

    def backoff(self, jitter: Callable[[], float] = random.random) -> float:
        """The pause before the next route: short, jittered, never past the deadline."""
        delay = self.policy.route_backoff * (0.5 + 0.5 * jitter())
        left = self.remaining()
        return max(0.0, min(delay, left)) if left is not None else delay

    def info(self, index: Optional[int], model: Optional[str], usage: Any = None) -> RouteInfo:
        name = self.routes[index].name if index is not None else None
        return RouteInfo(index, name, model, usage, list(self.attempts))


def clip(value: Optional[float], limit: Optional[float]) -> Optional[float]:
    if limit is None:
        return value
    limit = max(limit, 0.001)
    return limit if value is None else min(value, limit)


def with_model(json_data: Any, model: Optional[str]) -> Any:
    """The request body with the route's model (bodies without a ``model`` are left alone)."""
    if model is None or not isinstance(json_data, dict) or "model" not in json_data:
        return json_data
    return {**json_data, "model": model}


def sent_model(json_data: Any) -> Optional[str]:
    model = json_data.get("model") if isinstance(json_data, dict) else None
    return model if isinstance(model, str) else None


def Limit(seconds: Optional[float]) -> AbstractContextManager[Any]:
    """Sync code cannot interrupt a blocking read: the httpx read timeout bounds it instead."""
    return nullcontext()


def AsyncLimit(seconds: Optional[float]) -> AbstractContextManager[Any]:
    """At most ``seconds`` for the block (raises ``TimeoutError``); None: no limit."""
    if seconds is None:
        return nullcontext()
    import anyio

    return anyio.fail_after(max(seconds, 0.001))
