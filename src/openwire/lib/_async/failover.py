# unasync: source of lib/_sync/failover.py
"""The failover request loop: walk the routes of ``lib/failover.py``, one attempt at a time.

``AsyncFailoverClient`` replaces the request loop of a client, so the whole resource tree
(``chat.completions.create``, ``responses.create``, ``embeddings.create``, pages...) fails
over; ``openwire.AsyncFailoverOpenAI`` puts it in front of ``AsyncOpenAI``. Each route's
client keeps its own configuration (key, base URL, headers); its ``max_retries`` is the retry
budget on that route, spent here so that the call's deadline is checked before every attempt.
One source for sync and async: ``scripts/unasync.py`` writes the sync twin.
"""

from __future__ import annotations

from typing import (
    TYPE_CHECKING,
    Any,
    AsyncIterator,
    Dict,
    List,
    Optional,
    Sequence,
    Tuple,
    Type,
    TypeVar,
    Union,
    overload,
)

from typing_extensions import Literal

from ..._async.api_client import AsyncAPIClient
from ..._async.streaming import AsyncStream
from ..._exceptions import APIError, APITimeoutError
from ..._files import anormalize_files
from ..._io import asleep
from ..._logs import logger
from ..._options import FinalRequestOptions
from ..._types import NotGiven
from ..failover import (
    AsyncLimit,
    Breaker,
    FailoverPolicy,
    Route,
    Run,
    StreamRestart,
    attach,
    clip,
    sent_model,
    with_model,
)

if TYPE_CHECKING:
    import httpx

__all__ = ["AsyncFailoverClient"]

_T = TypeVar("_T")
_StreamT = TypeVar("_StreamT")
_Served = Tuple[Any, Any, int, Optional[str]]  # result, first stream item, route, model


class AsyncFailoverClient(AsyncAPIClient):
    """A client whose every request walks ``routes`` (see :class:`FailoverPolicy`)."""

    def __init__(
        self, routes: Sequence[Route[AsyncAPIClient]], *, policy: Optional[FailoverPolicy] = None, **kwargs: Any
    ) -> None:
        if not routes:
            raise ValueError("`routes` is empty: give at least one Route(client, model=...)")
        first = routes[0].client
        kwargs.setdefault("api_key", first.api_key or "failover")
        kwargs.setdefault("base_url", first.base_url)
        super().__init__(**kwargs)
        self.routes = list(routes)
        self.policy = policy or FailoverPolicy()
        self._breakers = [Breaker(self.policy.cooldown) for _ in self.routes]

    def _copy_kwargs(self, **changes: Any) -> Dict[str, Any]:
        """``with_options(timeout=..., max_retries=..., default_headers=...)`` applies to every route."""
        kwargs = super()._copy_kwargs(**changes)
        shared = ("timeout", "max_retries", "default_headers", "set_default_headers", "default_query")
        per_route = {key: changes[key] for key in shared if changes.get(key) is not None}
        per_route = {key: value for key, value in per_route.items() if not isinstance(value, NotGiven)}
        kwargs["routes"] = [Route(r.client.copy(**per_route), model=r.model, name=r.name) for r in self.routes]
        kwargs["policy"] = self.policy
        return kwargs

    async def close(self) -> None:
        """Close every route's client (the failover client owns them)."""
        for route in self.routes:
            await route.client.close()

    @overload
    async def request(
        self, cast_to: Type[_T], options: FinalRequestOptions, *, stream: Literal[False] = False
    ) -> _T: ...

    @overload
    async def request(
        self, cast_to: Type[_T], options: FinalRequestOptions, *, stream: Literal[True], stream_cls: Type[_StreamT]
    ) -> _StreamT: ...

    @overload
    async def request(
        self,
        cast_to: Type[_T],
        options: FinalRequestOptions,
        *,
        stream: bool,
        stream_cls: Optional[Type[_StreamT]] = None,
    ) -> Union[_T, _StreamT]: ...

    async def request(
        self,
        cast_to: Type[_T],
        options: FinalRequestOptions,
        *,
        stream: bool = False,
        stream_cls: Optional[Type[_StreamT]] = None,
    ) -> Union[_T, _StreamT]:
        if options.files is not None:
            # Read every file once, up front, so that each attempt on each route sends it whole.
            options = options.copy_with(files=await anormalize_files(options.files))
        run = Run(self.policy, self.routes, self._breakers)
        result, first, index, model = await self._serve(run, cast_to, options, stream, stream_cls)
        info = run.info(index, model, getattr(result, "usage", None))
        if isinstance(result, AsyncStream):
            result._iterator = self._guard(run, result, result._iterator, first, info, (cast_to, options, stream_cls))
        attach(result, info)
        served: Union[_T, _StreamT] = result
        return served

    async def _serve(
        self, run: Run, cast_to: Any, options: FinalRequestOptions, stream: bool, stream_cls: Any
    ) -> _Served:
        """The first route that answers (for a stream: that sends its first item)."""
        last: Optional[BaseException] = None
        for index in run.order():
            if run.expired():
                break
            if last is not None:
                await asleep(run.backoff())
            run.tried.add(index)
            try:
                return await self._serve_on(run, index, cast_to, options, stream, stream_cls)
            except _MoveOn as move:
                last = move.error
        if last is None:
            raise APITimeoutError(request=_request_of(self.routes[0].client, options))
        attach(last, run.info(None, None))
        raise last

    async def _serve_on(
        self, run: Run, index: int, cast_to: Any, options: FinalRequestOptions, stream: bool, stream_cls: Any
    ) -> _Served:
        """Attempts on one route, within its retry budget; raises ``_MoveOn`` to try the next route,
        or the error itself when no route would do better."""
        route = self.routes[index]
        client = route.client
        body = with_model(options.json_data, route.model)
        model = sent_model(body)
        budget = client._max_retries(options)
        retries_taken = 0
        breaker = self._breakers[index]
        settled = False
        try:
            while True:
                since = run.clock()
                attempt = options.copy_with(
                    json_data=body, max_retries=0, timeout=self._attempt_timeout(run, client, stream)
                )
                try:
                    with AsyncLimit(clip(run.policy.first_token_timeout, run.remaining())):
                        result = await client.request(cast_to, attempt, stream=stream, stream_cls=stream_cls)
                        first = await _first_item(result)
                except TimeoutError as err:  # the async limit: as httpx's own timeout would say it
                    error: APIError = APITimeoutError(request=_request_of(client, attempt))
                    error.__cause__ = err
                except APIError as err:
                    error = err
                else:
                    breaker.succeeded()
                    settled = True
                    return result, first, index, model
                run.record(index, model, error, since)
                verdict, delay = run.step(error, retries_taken, budget)
                if verdict == "raise":
                    breaker.succeeded()  # the route answered: the request is at fault
                    settled = True
                    raise error
                if verdict == "next" or run.expired():
                    logger.info("Failover: route %i failed (%s), moving on", index, type(error).__name__)
                    breaker.failed(run.clock())
                    settled = True
                    raise _MoveOn(error)
                await asleep(delay)
                retries_taken += 1
        finally:
            if not settled:  # cancelled or interrupted: let another call probe the route
                breaker.release()

    def _attempt_timeout(self, run: Run, client: AsyncAPIClient, stream: bool) -> httpx.Timeout:
        import httpx

        base = client.timeout or httpx.Timeout(None)  # a client made with timeout=None waits without limit
        left = run.remaining()
        return httpx.Timeout(
            connect=clip(base.connect, left),
            read=run.read_timeout(base.read, stream),
            write=clip(base.write, left),
            pool=clip(base.pool, left),
        )

    async def _guard(
        self,
        run: Run,
        outer: AsyncStream[Any],
        items: AsyncIterator[Any],
        first: Any,
        info: Any,
        call: Tuple[Any, FinalRequestOptions, Any],
    ) -> AsyncIterator[Any]:
        """The stream's items: the prefetched first one, then the rest under the idle limit;
        with ``restart_streams``, a break goes on from the next route after a ``StreamRestart``."""
        pending: List[Any] = [first] if first is not _NOTHING else []
        while True:
            try:
                while True:
                    if pending:
                        item = pending.pop()
                    else:
                        with AsyncLimit(clip(run.policy.idle_timeout, run.remaining())):
                            item = await items.__anext__()
                    usage = getattr(item, "usage", None)
                    if usage is not None:
                        info.usage = usage
                    yield item
            except StopAsyncIteration:
                return
            except (APIError, TimeoutError, ValueError) as err:
                error = _as_api_error(err, outer.response.request)
                if not run.policy.restart_streams or run.expired() or info.route is None:
                    if error is err:
                        raise
                    raise error from err
                run.record(info.route, info.model, error, run.clock())
                self._breakers[info.route].failed(run.clock())
            await outer.response.aclose()
            cast_to, options, stream_cls = call
            result, first, index, model = await self._serve(run, cast_to, options, True, stream_cls)
            yield StreamRestart(index, self.routes[index].name, model, reason=run.attempts[-1].error)
            info.route, info.name, info.model = index, self.routes[index].name, model
            info.attempts, info.restarts = list(run.attempts), info.restarts + 1
            outer.response = result.response
            items = result._iterator
            pending = [first] if first is not _NOTHING else []


_NOTHING: Any = object()


class _MoveOn(Exception):
    def __init__(self, error: APIError) -> None:
        super().__init__(str(error))
        self.error = error


async def _first_item(result: Any) -> Any:
    """Read a stream's first item before the call returns, so a route that answers with
    headers and then nothing (or an error) is left for the next one."""
    if not isinstance(result, AsyncStream):
        return _NOTHING
    try:
        return await result._iterator.__anext__()
    except StopAsyncIteration:
        return _NOTHING
    except ValueError as err:
        await result.response.aclose()
        raise _as_api_error(err, result.response.request) from err
    except BaseException:
        await result.response.aclose()
        raise


def _as_api_error(error: Exception, request: httpx.Request) -> APIError:
    """A stream's failure as an API error: the idle limit (``TimeoutError``) as httpx's read
    timeout would say it, an event that does not parse (``ValueError``) as a broken stream."""
    if isinstance(error, APIError):
        return error
    if isinstance(error, TimeoutError):
        return APITimeoutError(request=request)
    return APIError(f"Malformed event in the stream: {error}", request, body=None)


def _request_of(client: AsyncAPIClient, options: FinalRequestOptions) -> httpx.Request:
    """A request to name in an error raised by a limit of this module (nothing was sent as it)."""
    import httpx

    return httpx.Request(options.method.upper(), client._build_url(options.url, options.params))
