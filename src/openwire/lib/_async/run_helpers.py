# unasync: source of lib/_sync/run_helpers.py
"""``beta.threads.runs`` polling helpers: ``create_and_poll``, ``submit_tool_outputs_and_poll``, ``poll``;
and ``beta.threads.create_and_run_poll``.

``create_and_poll``, ``submit_tool_outputs_and_poll`` and ``create_and_run_poll`` are generated
(``codegen/config/beta.yaml``, ``helpers``: the endpoint's parameters without ``stream``, with
``poll_interval_ms``); they hand their arguments to the methods here. Like the reference, they
send ``"stream": false`` and poll until the run is no longer ``queued``, ``in_progress`` or
``cancelling`` (``requires_action`` ends polling: the caller submits tool outputs). A failed,
cancelled, incomplete or expired run is returned, not raised.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any, Dict, Protocol, cast
from warnings import warn

from ..._types import Body, Headers, NotGiven, Omit, Query, not_given, omit
from ..polling import poll_headers, run_pending
from .poll_loop import poll_until_final

if TYPE_CHECKING:
    import httpx

    from ..._raw_response import LegacyAPIResponse
    from ...types.beta.threads.run import Run

__all__ = ["AsyncRunsHelpers", "AsyncThreadsHelpers"]

_EXTRA = ("extra_headers", "extra_query", "extra_body", "timeout")


class _RetrieveRun(Protocol):
    async def retrieve(self, run_id: str, *, thread_id: str, **options: Any) -> LegacyAPIResponse[Run]: ...


class _Runs(Protocol):
    """What the helpers use of the ``beta.threads.runs`` resource they are mixed into."""

    @property
    def with_raw_response(self) -> _RetrieveRun: ...

    async def create(self, thread_id: str, **options: Any) -> Run: ...

    async def submit_tool_outputs(self, run_id: str, **options: Any) -> Run: ...


class _Threads(Protocol):
    """What the helpers use of the ``beta.threads`` resource they are mixed into."""

    @property
    def runs(self) -> AsyncRunsHelpers: ...

    async def create_and_run(self, **options: Any) -> Run: ...


class AsyncRunsHelpers:
    async def _create_and_poll(self, arguments: Dict[str, Any]) -> Run:
        """``create_and_poll``: create a run (not streamed), then poll it until it is final."""
        options = dict(arguments)
        poll_interval_ms, thread_id = options.pop("poll_interval_ms"), options.pop("thread_id")
        run = await cast(_Runs, self).create(thread_id, stream=False, **options)
        return await self.poll(run.id, thread_id, poll_interval_ms=poll_interval_ms, **_extras(options))

    async def _submit_tool_outputs_and_poll(self, arguments: Dict[str, Any]) -> Run:
        """``submit_tool_outputs_and_poll``: submit the outputs (not streamed), then poll the run."""
        options = dict(arguments)
        poll_interval_ms, run_id = options.pop("poll_interval_ms"), options.pop("run_id")
        run = await cast(_Runs, self).submit_tool_outputs(run_id, stream=False, **options)
        return await self.poll(run.id, options["thread_id"], poll_interval_ms=poll_interval_ms, **_extras(options))

    async def poll(
        self,
        run_id: str,
        thread_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = not_given,
        poll_interval_ms: int | Omit = omit,
    ) -> Run:
        """Retrieve the run until it is no longer ``queued``, ``in_progress`` or ``cancelling``."""
        warn("This endpoint is deprecated.", DeprecationWarning, stacklevel=2)  # as runs.retrieve
        retrieve = partial(
            cast(_Runs, self).with_raw_response.retrieve,
            run_id,
            thread_id=thread_id,
            extra_headers={**poll_headers(poll_interval_ms), **(extra_headers or {})},
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await poll_until_final(retrieve, run_pending, poll_interval_ms)


class AsyncThreadsHelpers:
    async def _create_and_run_poll(self, arguments: Dict[str, Any]) -> Run:
        """``create_and_run_poll``: create a thread and run it (not streamed), then poll the run."""
        options = dict(arguments)
        poll_interval_ms = options.pop("poll_interval_ms")
        threads = cast(_Threads, self)
        run = await threads.create_and_run(stream=False, **options)
        return await threads.runs.poll(run.id, run.thread_id, poll_interval_ms=poll_interval_ms, **_extras(options))


def _extras(options: Dict[str, Any]) -> Dict[str, Any]:
    return {name: options[name] for name in _EXTRA}
