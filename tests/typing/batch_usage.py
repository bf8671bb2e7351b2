"""``openwire.batch`` as users write it: ``mypy --strict`` must accept every line, with the
results typed (``assert_type``); lines ending in ``# expect-error`` must be flagged (run by
tests/typing/test_typing.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Dict, List, Optional

from typing_extensions import assert_type

from openwire import AsyncOpenAI, OpenAI, batch
from openwire.types.chat import ChatCompletion


def requests() -> List[Dict[str, object]]:
    body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}]}
    return [{"custom_id": "q1", "method": "POST", "url": "/v1/chat/completions", "body": body}]


def run(client: OpenAI, path: Path) -> Optional[str]:
    def show(progress: batch.BatchProgress) -> None:
        print(progress.done, progress.total, progress.usage.total_tokens, progress.phase)

    results = batch.run(client, requests(), state_path=path, on_progress=show, limits=batch.Limits(max_lines=1000))
    assert_type(results, batch.BatchResults)
    result = results["q1"]
    assert_type(result, batch.BatchResult)
    completion = result.parse(ChatCompletion)
    assert_type(completion, ChatCompletion)
    for custom_id, error in results.errors.items():
        assert_type(error, batch.BatchError)
        print(custom_id, error.code, error.message, error.status_code)
    batch.run(client, path, mode="local", concurrency=8, rate_limiter=batch.RateLimiter(rate=5.0))
    batch.run(client, requests(), mode="remote")  # expect-error
    batch.run(client, requests(), concurrency="8")  # expect-error
    return completion.choices[0].message.content


async def arun(client: AsyncOpenAI) -> int:
    results = await batch.arun(client, [batch.BatchRequest("q1", {"model": "m", "input": "x"}, url="/v1/embeddings")])
    assert_type(results, batch.BatchResults)
    batch.arun(client, requests(), results_path=3)  # expect-error
    return results.usage.total_tokens
