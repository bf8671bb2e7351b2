"""Run many requests as one job: through the provider's Batch API, or locally with bounded concurrency.

    >>> from openwire import OpenAI, batch
    >>> requests = [
    ...     {"custom_id": f"q{i}", "url": "/v1/chat/completions",
    ...      "body": {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": q}]}}
    ...     for i, q in enumerate(questions)
    ... ]
    >>> results = batch.run(OpenAI(), requests, state_path="job.json")
    >>> results["q0"].response.choices[0].message.content

Requests are Batch API input lines (``custom_id``, ``method``, ``url``, ``body``), as mappings,
:class:`BatchRequest` objects or the path of a JSONL file. Results come back keyed by
``custom_id``: ``.response`` parsed into ``ChatCompletion`` / ``Response`` /
``CreateEmbeddingResponse`` / ..., or ``.error``.

Two engines, one interface (``mode``):

- ``"api"``: the provider's Batch API. The JSONL is split to the provider's limits (lines,
  bytes), uploaded (through the Uploads API above ``chunked_upload_above`` bytes), run as
  batches polled with back-off; failed lines worth retrying (rate limits, server errors,
  lines an expired batch did not reach) go into a new batch, up to ``max_attempts``.
- ``"local"``: ``concurrency`` requests at a time from this process, paced by a token bucket
  that follows the ``x-ratelimit-*`` headers and 429s.
- ``"auto"`` (default): ``"api"`` for OpenAI, Azure OpenAI and Groq (``provider=`` or the
  client's base URL), ``"local"`` for every other server.

Resuming: results are appended to ``results_path`` as they arrive; run again with the same
paths after a crash or Ctrl-C and only the requests without a result are sent. In ``"api"``
mode ``state_path`` (results default to ``<state_path>.results.jsonl``) also records the
uploaded files and live batches, so a restarted job keeps polling them instead of paying for
their requests twice.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Iterable, List, Literal, Optional, Union

from .lib.batch_jobs import (
    BATCH_API_LIMITS,
    URL_PREFIXES,
    BatchRequest,
    Limits,
    as_requests,
    parse_jsonl,
)
from .lib.batch_results import (
    BatchError,
    BatchProgress,
    BatchResult,
    BatchResults,
    ProgressCallback,
    TokenUsage,
)
from .lib.batch_state import ResultsFile, default_results_path
from .lib.rate_limits import RateLimiter

if TYPE_CHECKING:
    from ._client import AsyncOpenAI, OpenAI

__all__ = [
    "run",
    "arun",
    "read_requests",
    "choose_mode",
    "BatchRequest",
    "BatchResult",
    "BatchResults",
    "BatchError",
    "BatchProgress",
    "Limits",
    "RateLimiter",
    "TokenUsage",
]

Mode = Literal["auto", "api", "local"]
Requests = Union[str, "os.PathLike[str]", Iterable[Any]]

_BATCH_API_HOSTS = {"api.openai.com": "openai", "api.groq.com": "groq"}


def read_requests(path: Union[str, "os.PathLike[str]"]) -> List[BatchRequest]:
    """The requests of a JSONL file of Batch API input lines; ``ValueError`` names a bad line."""
    with open(path, "rb") as handle:
        data = handle.read()
    lines = parse_jsonl(data, os.fspath(path))
    try:
        return as_requests(lines)
    except ValueError as err:
        raise ValueError(f"{os.fspath(path)}: {err}") from None


def _requests(requests: Requests) -> List[BatchRequest]:
    if isinstance(requests, (str, os.PathLike)):
        return read_requests(requests)
    return as_requests(requests)


def _provider_of(client: Any, provider: Optional[str]) -> Optional[str]:
    if provider is not None:
        from .providers import get

        return get(provider).name
    if any(cls.__name__.endswith("AzureOpenAI") for cls in type(client).__mro__):
        return "azure"
    return _BATCH_API_HOSTS.get(str(getattr(client.base_url, "host", "")))


def choose_mode(client: Any, mode: Mode = "auto", provider: Optional[str] = None) -> Literal["api", "local"]:
    """The engine a job runs on: ``mode`` when forced, else by the provider (see the module doc)."""
    if mode not in ("auto", "api", "local"):
        raise ValueError(f"mode must be 'auto', 'api' or 'local', got {mode!r}")
    if mode != "auto":
        return mode
    return "api" if _provider_of(client, provider) in BATCH_API_LIMITS else "local"


def _check(concurrency: int, max_attempts: int) -> None:
    if not isinstance(concurrency, int) or concurrency < 1:
        raise ValueError(f"concurrency must be a whole number >= 1, got {concurrency!r}")
    if not isinstance(max_attempts, int) or max_attempts < 1:
        raise ValueError(f"max_attempts must be a whole number >= 1, got {max_attempts!r}")


def _files(
    results_path: Optional[Union[str, "os.PathLike[str]"]], state_path: Optional[Union[str, "os.PathLike[str]"]]
) -> "tuple[Optional[ResultsFile], Optional[str]]":
    if results_path is None and state_path is not None:
        results_path = default_results_path(state_path)
    results = ResultsFile(results_path) if results_path is not None else None
    return results, (os.fspath(state_path) if state_path is not None else None)


def _api_settings(
    client: Any,
    provider: Optional[str],
    limits: Optional[Limits],
    max_attempts: int,
    poll_interval: float,
    max_poll_interval: float,
    completion_window: str,
    chunked_upload_above: int,
) -> Any:
    from .lib._async.batch_api import ApiSettings

    name = _provider_of(client, provider) or "openai"
    return ApiSettings(
        limits or BATCH_API_LIMITS.get(name, Limits()),
        max_attempts,
        poll_interval,
        max_poll_interval,
        completion_window,
        chunked_upload_above,
        URL_PREFIXES.get(name, "/v1"),
    )


async def arun(
    client: AsyncOpenAI,
    requests: Requests,
    *,
    mode: Mode = "auto",
    provider: Optional[str] = None,
    results_path: Optional[Union[str, "os.PathLike[str]"]] = None,
    state_path: Optional[Union[str, "os.PathLike[str]"]] = None,
    concurrency: int = 16,
    max_attempts: int = 3,
    rate_limiter: Optional[RateLimiter] = None,
    limits: Optional[Limits] = None,
    poll_interval: float = 1.0,
    max_poll_interval: float = 60.0,
    completion_window: str = "24h",
    chunked_upload_above: int = 64 * 1024 * 1024,
    on_progress: Optional[ProgressCallback] = None,
) -> BatchResults:
    """Run ``requests`` as one job on an ``AsyncOpenAI`` client; see the module doc for the options."""
    _check(concurrency, max_attempts)
    chosen = _requests(requests)
    results_file, state = _files(results_path, state_path)
    try:
        if choose_mode(client, mode, provider) == "api":
            from .lib._async.batch_api import run_with_batch_api

            settings = _api_settings(
                client, provider, limits, max_attempts, poll_interval, max_poll_interval, completion_window,
                chunked_upload_above,
            )  # fmt: skip
            done = await run_with_batch_api(
                client, chosen, results_file=results_file, state_path=state, settings=settings, on_progress=on_progress
            )
        else:
            from .lib._async.batch_runner import run_locally

            done = await run_locally(
                client,
                chosen,
                results_file=results_file,
                concurrency=concurrency,
                limiter=rate_limiter,
                max_attempts=max_attempts,
                on_progress=on_progress,
            )
    finally:
        if results_file is not None:
            results_file.close()
    return BatchResults((r.custom_id for r in chosen), done)


def run(
    client: OpenAI,
    requests: Requests,
    *,
    mode: Mode = "auto",
    provider: Optional[str] = None,
    results_path: Optional[Union[str, "os.PathLike[str]"]] = None,
    state_path: Optional[Union[str, "os.PathLike[str]"]] = None,
    concurrency: int = 16,
    max_attempts: int = 3,
    rate_limiter: Optional[RateLimiter] = None,
    limits: Optional[Limits] = None,
    poll_interval: float = 1.0,
    max_poll_interval: float = 60.0,
    completion_window: str = "24h",
    chunked_upload_above: int = 64 * 1024 * 1024,
    on_progress: Optional[ProgressCallback] = None,
    async_client: Optional[AsyncOpenAI] = None,
) -> BatchResults:
    """:func:`arun` for an ``OpenAI`` client.

    The local engine is asynchronous: it runs on ``async_client`` when given, else on an
    ``AsyncOpenAI`` with ``client``'s key, base URL, headers, timeout and retries (not its
    ``http_client``; pass ``async_client`` for a custom transport or an Azure client).
    """
    _check(concurrency, max_attempts)
    chosen = _requests(requests)
    if choose_mode(client, mode, provider) == "local":
        import asyncio

        async def run_local(runner: AsyncOpenAI) -> BatchResults:
            return await arun(
                runner,
                chosen,
                mode="local",
                results_path=results_path if results_path is not None else _results_of(state_path),
                concurrency=concurrency,
                max_attempts=max_attempts,
                rate_limiter=rate_limiter,
                on_progress=on_progress,
            )

        async def on_twin() -> BatchResults:
            async with _async_twin(client) as twin:
                return await run_local(twin)

        return asyncio.run(run_local(async_client) if async_client is not None else on_twin())
    from .lib._sync.batch_api import run_with_batch_api

    results_file, state = _files(results_path, state_path)
    settings = _api_settings(
        client,
        provider,
        limits,
        max_attempts,
        poll_interval,
        max_poll_interval,
        completion_window,
        chunked_upload_above,
    )
    try:
        done = run_with_batch_api(
            client, chosen, results_file=results_file, state_path=state, settings=settings, on_progress=on_progress
        )
    finally:
        if results_file is not None:
            results_file.close()
    return BatchResults((r.custom_id for r in chosen), done)


def _results_of(state_path: Optional[Union[str, "os.PathLike[str]"]]) -> Optional[str]:
    return default_results_path(state_path) if state_path is not None else None


def _async_twin(client: OpenAI) -> AsyncOpenAI:
    if "Azure" in type(client).__name__:
        raise ValueError("the local engine needs an async client: pass async_client=AsyncAzureOpenAI(...)")
    if client.api_key is None:
        raise ValueError("the client's key comes from a function; pass async_client= for the local engine")
    from ._client import AsyncOpenAI

    return AsyncOpenAI(
        api_key=client.api_key,
        base_url=client.base_url,
        organization=client.organization,
        project=client.project,
        default_headers={k: v for k, v in client._custom_headers.items() if isinstance(v, str)},
        timeout=client.timeout,
        max_retries=client.max_retries,
    )
