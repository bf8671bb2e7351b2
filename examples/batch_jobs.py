"""Many requests as one job with `openwire.batch`: the Batch API, a local runner, and resuming.

`batch.run(client, requests)` takes Batch API input lines (`custom_id`, `method`, `url`, `body`)
and returns every result keyed by `custom_id` (`.parse(ChatCompletion)`, or `.response` parsed
by its endpoint, or `.error`). On a provider
with a Batch API (OpenAI, Azure OpenAI, Groq) it uploads the JSONL, creates batches within the
provider's limits, polls them and sends failed lines again in a new batch; elsewhere (DeepSeek,
Ollama, vLLM...) it runs the requests from this process, a bounded number at a time, paced by the
server's rate-limit headers. With `results_path` / `state_path` a job killed half-way resumes
where it stopped. The same from a shell: `openwire batch run requests.jsonl --provider deepseek`.

Offline (always; a real batch can take hours), the embedded server stands in for the providers:
it fails a line, expires a batch part-way and rate-limits a request, and the job still ends with
one result per request.
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any, Dict, List

from openwire import OpenAI, batch
from openwire.local import LocalServer
from openwire.types.chat import ChatCompletion

QUESTIONS = [f"What is {n} squared?" for n in range(20)]


def chat_requests(model: str) -> List[Dict[str, Any]]:
    return [
        {
            "custom_id": f"q{i}",
            "method": "POST",
            "url": "/v1/chat/completions",
            "body": {"model": model, "messages": [{"role": "user", "content": question}]},
        }
        for i, question in enumerate(QUESTIONS)
    ]


def with_the_batch_api(workdir: Path) -> None:
    with LocalServer() as server, OpenAI(base_url=server.url, api_key="local") as client:
        server.app.lifecycle_step = 0.02
        server.app.faults.add("/chat/completions", custom_id="q3", status=500)  # one line fails once
        server.app.faults.add("/chat/completions", custom_id="q15", expire=True)  # the batch expires there
        phases: List[str] = []
        results = batch.run(
            client,
            chat_requests("gpt-4o-mini"),
            mode="api",  # the default for OpenAI; the embedded server has a Batch API too
            limits=batch.Limits(max_lines=10),  # split into batches of 10 lines
            state_path=workdir / "api-job.json",
            poll_interval=0.02,
            on_progress=lambda p: phases.append(p.phase.split(" (")[0]),
        )
        statuses = Counter(b.status for b in client.batches.list())
        print(f"api: {len(results)} results, {len(results.errors)} errors")
        print(f"batches: {dict(sorted(statuses.items()))}")
        uploads = [p.split()[1] for p in phases if p.startswith("uploading")]  # "uploading 10 requests"
        print(f"uploads: {' -> '.join(uploads)} requests, then {phases[-1]}")
        print(f"q3 -> {results['q3'].parse(ChatCompletion).choices[0].message.content}")
        usage = results.usage
        print(f"tokens: {usage.input_tokens} in, {usage.output_tokens} out")


def with_the_local_runner(workdir: Path) -> None:
    limiter = batch.RateLimiter()
    with LocalServer(provider="deepseek") as server, OpenAI(base_url=server.url, api_key="local") as client:
        server.app.faults.add("/chat/completions", status=429, retry_after=0.05)  # one rate-limited answer
        results = batch.run(
            client,
            chat_requests("deepseek-v4-flash"),
            mode="local",  # the default for DeepSeek, which has no Batch API
            concurrency=8,
            rate_limiter=limiter,
            results_path=workdir / "local.jsonl",
        )
        print(f"local: {len(results)} results, {len(results.errors)} errors, {limiter.rate_limited} rate limited")
        answer = results["q7"].response  # parsed by its endpoint: a ChatCompletion here
        assert isinstance(answer, ChatCompletion)
        print(f"q7 -> {answer.choices[0].message.content}")


class Stop(Exception):
    """Stands for Ctrl-C or a killed process."""


def resuming(workdir: Path) -> None:
    out = workdir / "resumed.jsonl"

    def stop_after_five(progress: batch.BatchProgress) -> None:
        if progress.done >= 5:
            raise Stop

    with LocalServer() as server, OpenAI(base_url=server.url, api_key="local") as client:
        try:
            batch.run(client, chat_requests("gpt-4o-mini"), mode="local", concurrency=1, results_path=out,
                      on_progress=stop_after_five)  # fmt: skip
        except Stop:
            print(f"stopped with {len(out.read_text().splitlines())} results written")
        server.app.forget_requests()
        results = batch.run(client, chat_requests("gpt-4o-mini"), mode="local", results_path=out)
        sent = len(server.app.recorded())
    lines = Counter(line.split('"custom_id":"')[1].split('"')[0] for line in out.read_text().splitlines())
    print(f"resumed: {sent} sent, {len(results)} results, each custom_id once: {set(lines.values()) == {1}}")


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        workdir = Path(folder)
        with_the_batch_api(workdir)
        with_the_local_runner(workdir)
        resuming(workdir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
