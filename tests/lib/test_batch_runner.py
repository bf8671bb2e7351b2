"""``openwire.batch`` in local mode, over a socket to the local server: bounded concurrency, the rate
limiter fed by 429s and ``x-ratelimit-*`` headers, retries, results streamed to a resumable file."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any, Dict, Iterator, List

import pytest

from openwire import AsyncOpenAI, OpenAI, batch, providers
from openwire.lib.batch_results import BatchResult, result_line
from openwire.local import LocalServer
from openwire.types.chat import ChatCompletion
from openwire.types.create_embedding_response import CreateEmbeddingResponse


def requests(count: int) -> List[Dict[str, Any]]:
    return [
        {
            "custom_id": f"q{i}",
            "url": "/v1/chat/completions",
            "body": {"model": "deepseek-v4-flash", "messages": [{"role": "user", "content": f"question {i}"}]},
        }
        for i in range(count)
    ]


@pytest.fixture(params=["openai", "deepseek"])
def server(request: pytest.FixtureRequest) -> Iterator[LocalServer]:
    with LocalServer(provider=request.param) as running:
        yield running


def arun(server: LocalServer, items: Any, **options: Any) -> batch.BatchResults:
    async def main() -> batch.BatchResults:
        async with AsyncOpenAI(base_url=server.url, api_key="sk-local", max_retries=0) as client:
            return await batch.arun(client, items, mode="local", **options)

    return asyncio.run(main())


def chat_posts(server: LocalServer) -> int:
    return sum(1 for r in server.app.recorded() if r.path == "/chat/completions")


def test_results_stream_to_the_file_and_come_back_typed(server: LocalServer, tmp_path: Path) -> None:
    seen: List[int] = []
    out = tmp_path / "out.jsonl"
    results = arun(server, requests(12), results_path=out, concurrency=4, on_progress=lambda p: seen.append(p.done))
    assert list(results) == [f"q{i}" for i in range(12)]
    answer = results["q5"].response
    assert isinstance(answer, ChatCompletion) and answer.choices[0].message.content == "You said: question 5"
    assert seen == sorted(seen) and seen[0] == 0 and seen[-1] == 12
    assert results.usage.total_tokens > 0
    assert sorted(json.loads(line)["custom_id"] for line in out.read_text().splitlines()) == sorted(results)
    if server.app.provider == "deepseek":  # the provider's own usage fields stay readable
        assert providers.cache_miss_tokens(answer.usage) is not None


def test_concurrency_is_bounded(server: LocalServer) -> None:
    server.app.faults.add("/chat/completions", stall=0.05, times=None)
    arun(server, requests(12), concurrency=3)
    assert 1 <= server.connections <= 3
    assert chat_posts(server) == 12


def test_a_429_pauses_the_runner_and_the_request_is_sent_again(server: LocalServer) -> None:
    server.app.faults.add("/chat/completions", status=429, retry_after=0.05, times=3)
    limiter = batch.RateLimiter()
    results = arun(server, requests(4), concurrency=2, rate_limiter=limiter)
    assert not results.errors and len(results) == 4
    assert limiter.rate_limited == 3 and chat_posts(server) == 7


def test_the_rate_limit_headers_set_the_pace(server: LocalServer) -> None:
    headers = {"x-ratelimit-limit-requests": "6000", "x-ratelimit-remaining-requests": "5999"}
    server.app.faults.add("/chat/completions", headers=headers, times=None)
    limiter = batch.RateLimiter()
    arun(server, requests(3), concurrency=1, rate_limiter=limiter)
    assert limiter.rate == 100.0


def test_server_errors_are_retried_and_client_errors_kept(server: LocalServer) -> None:
    server.app.faults.add("/chat/completions", status=500, times=1)
    server.app.replies.add("question 1", error=400, message="refused", times=None)
    results = arun(server, requests(3), concurrency=1)
    assert list(results.errors) == ["q1"]
    assert results.errors["q1"].status_code == 400 and "refused" in results.errors["q1"].message
    assert chat_posts(server) == 4  # one 500 sent again, the 400 not


def test_a_results_file_from_an_earlier_run_is_resumed(server: LocalServer, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    earlier = BatchResult("q0", "/v1/chat/completions", 200, {"id": "kept", "choices": [], "object": "chat.completion"})
    out.write_bytes(result_line(earlier) + result_line(BatchResult("q1", "u", 200, {}))[:30])  # q1 torn
    results = arun(server, requests(3), results_path=out)
    assert chat_posts(server) == 2 and results["q0"].body == earlier.body
    assert sorted(json.loads(line)["custom_id"] for line in out.read_text().splitlines()) == ["q0", "q1", "q2"]


def test_embeddings_run_locally_too(server: LocalServer) -> None:
    items = [{"custom_id": "e", "url": "/v1/embeddings", "body": {"model": "text-embedding-3-small", "input": "x"}}]
    results = arun(server, items)
    assert isinstance(results["e"].response, CreateEmbeddingResponse)


def test_the_sync_entry_point_runs_the_local_engine(server: LocalServer, tmp_path: Path) -> None:
    with OpenAI(base_url=server.url, api_key="sk-local", max_retries=0) as client:
        results = batch.run(client, requests(5), mode="local", state_path=tmp_path / "job.json", concurrency=2)
    assert len(results) == 5 and not results.errors
    assert len((tmp_path / "job.json.results.jsonl").read_text().splitlines()) == 5


def test_an_error_in_the_callback_stops_the_run_and_is_raised_as_is(server: LocalServer, tmp_path: Path) -> None:
    class Stop(Exception):
        pass

    def stop_at_three(progress: batch.BatchProgress) -> None:
        if progress.done >= 3:
            raise Stop

    out = tmp_path / "out.jsonl"
    with pytest.raises(Stop):
        arun(server, requests(10), results_path=out, concurrency=2, on_progress=stop_at_three)
    assert 3 <= len(out.read_text().splitlines()) < 10
