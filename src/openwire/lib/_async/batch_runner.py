# unasync: async-only module
"""A batch job run from this process, for providers without a Batch API (DeepSeek, Ollama, vLLM...).

``concurrency`` workers share one ``AsyncOpenAI`` and a queue of requests. Before each
request a worker asks the :class:`~openwire.lib.rate_limits.RateLimiter` how long to wait, and
reports the answer's status and ``x-ratelimit-*`` headers to it afterwards. A 429 puts the
request back in the queue (the limiter holds every worker back for its ``retry-after``);
server errors and dropped connections are tried again up to ``max_attempts`` times; any other
error is the request's result. Each result is appended to the results file as it arrives, so
an interrupted run (Ctrl-C, a killed process) resumes from that file; requests in flight when
it stopped are sent again.
"""

from __future__ import annotations

import time
from collections import deque
from typing import Any, Deque, Dict, List, Mapping, Optional

from ..._exceptions import APIConnectionError, APIStatusError
from ..batch_jobs import BatchRequest
from ..batch_results import BatchError, BatchProgress, BatchResult, ProgressCallback, retryable
from ..batch_state import ResultsFile
from ..rate_limits import RateLimiter

__all__ = ["run_locally"]

MAX_RATE_LIMITED = 20  # 429s one request may get before it is recorded as failed
_BACKOFF = 0.5  # seconds before sending again after a server error, doubled per attempt


def _json_body(response: Any) -> Optional[Mapping[str, Any]]:
    try:
        body = response.json()
    except ValueError:
        return None
    return body if isinstance(body, Mapping) else None


class _Runner:
    def __init__(
        self,
        client: Any,
        pending: List[BatchRequest],
        done: Dict[str, BatchResult],
        results_file: Optional[ResultsFile],
        limiter: RateLimiter,
        max_attempts: int,
        progress: BatchProgress,
        on_progress: Optional[ProgressCallback],
    ) -> None:
        self.client = client
        self.queue: Deque[BatchRequest] = deque(pending)
        self.done = done
        self.results_file = results_file
        self.limiter = limiter
        self.max_attempts = max_attempts
        self.progress = progress
        self.on_progress = on_progress
        self.attempts: Dict[str, int] = {}
        self.rate_limited: Dict[str, int] = {}
        self.failure: Optional[Exception] = None
        self.stop: Any = None  # the task group's cancel scope

    async def send(self, request: BatchRequest) -> "tuple[BatchResult, int, Mapping[str, str]]":
        import httpx

        try:
            response = await self.client.post(
                request.path, cast_to=httpx.Response, body=dict(request.body), options={"max_retries": 0}
            )
        except APIStatusError as err:
            body = _json_body(err.response)
            detail = body.get("error") if body else None
            code = detail.get("code") if isinstance(detail, Mapping) else None
            error = BatchError(code if isinstance(code, str) else None, err.message, err.status_code)
            result = BatchResult(request.custom_id, request.url, err.status_code, body, error)
            return result, err.status_code, err.response.headers
        except APIConnectionError as err:
            error = BatchError("connection_error", str(err))
            return BatchResult(request.custom_id, request.url, None, None, error), 0, {}
        body = _json_body(response)
        invalid = None if body is not None else BatchError("invalid_response", "the answer is not a JSON object")
        result = BatchResult(request.custom_id, request.url, response.status_code, body, invalid)
        return result, response.status_code, response.headers

    def finish(self, result: BatchResult) -> None:
        self.done[result.custom_id] = result
        if self.results_file is not None:
            self.results_file.append([result])
        self.progress.record(result)
        if self.on_progress is not None:
            self.on_progress(self.progress)

    async def worker(self) -> None:
        try:
            await self.work()
        except Exception as exc:  # a callback's or an unexpected error: stop every worker, raise it once
            if self.failure is None:
                self.failure = exc
            self.stop.cancel()

    async def work(self) -> None:
        import anyio

        while self.queue:
            request = self.queue.popleft()
            wait = self.limiter.reserve(time.monotonic())
            if wait > 0:
                await anyio.sleep(wait)
            result, status, headers = await self.send(request)
            self.limiter.observe(status, headers, time.monotonic())
            custom_id = request.custom_id
            if status == 429 and self.rate_limited.get(custom_id, 0) < MAX_RATE_LIMITED:
                self.rate_limited[custom_id] = self.rate_limited.get(custom_id, 0) + 1
                self.queue.append(request)
                continue
            tries = self.attempts.get(custom_id, 0) + 1
            if status != 429 and retryable(result) and tries < self.max_attempts:
                self.attempts[custom_id] = tries
                await anyio.sleep(_BACKOFF * 2 ** (tries - 1))
                self.queue.append(request)
                continue
            self.finish(result)


async def run_locally(
    client: Any,
    requests: List[BatchRequest],
    *,
    results_file: Optional[ResultsFile] = None,
    concurrency: int = 16,
    limiter: Optional[RateLimiter] = None,
    max_attempts: int = 3,
    on_progress: Optional[ProgressCallback] = None,
) -> Dict[str, BatchResult]:
    """Every request's final result by ``custom_id`` (see :func:`openwire.batch.arun`)."""
    import anyio

    done = results_file.load() if results_file is not None else {}
    progress = BatchProgress(total=len(requests), phase="running")
    for result in done.values():
        progress.record(result)
    pending = [request for request in requests if request.custom_id not in done]
    runner = _Runner(client, pending, done, results_file, limiter or RateLimiter(), max_attempts, progress, on_progress)
    if on_progress is not None:
        on_progress(progress)
    async with anyio.create_task_group() as group:
        runner.stop = group.cancel_scope
        for _ in range(min(concurrency, len(pending))):
            group.start_soon(runner.worker)
    if runner.failure is not None:
        raise runner.failure
    progress.phase = "done"
    if on_progress is not None:
        on_progress(progress)
    return done
