"""The local batch runner (``openwire.batch``, ``mode="local"``) against a plain ``asyncio.gather`` loop.

    python -m benchmarks.batch_runner            # 2 000 requests, 200 in flight, 5 interleaved rounds
    python -m benchmarks.batch_runner --quick    # smoke run (tests/benchmarks)
    python -m benchmarks.batch_runner --server local   # against openwire.local.LocalServer instead

Every contender sends the same call on one ``AsyncOpenAI`` (``client.post(..., cast_to=httpx.Response)``
and ``response.json()``) with at most ``--concurrency`` requests in flight: ``gather`` (a task
per request through a semaphore), ``gather-workers`` (that many tasks taking the next request),
the runner (workers plus its rate limiter, result objects and progress) and the runner writing
its results file. The server is the benchmarks' canned loopback
server in its own process (default) or the embedded ``LocalServer`` (in this process's
threads, so its CPU is counted too: use it for throughput, not for CPU per request).
Reported: requests/s (wall) and client CPU microseconds per request, medians over rounds, and
the runner's overhead per request (its CPU per request minus the bare workers').
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import tempfile
import time
from pathlib import Path
from typing import Any, Awaitable, Callable, Dict, Iterator, List

from .measure import median

BODY = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Say hello"}]}


def _requests(count: int) -> List[Dict[str, Any]]:
    return [{"custom_id": f"r{i}", "url": "/v1/chat/completions", "body": BODY} for i in range(count)]


async def _plain(client: Any, count: int, concurrency: int) -> int:
    """One task per request, ``concurrency`` at a time through a semaphore: the loop people write."""
    import httpx

    gate = asyncio.Semaphore(concurrency)
    results: Dict[str, Any] = {}

    async def one(index: int) -> None:
        async with gate:
            response = await client.post("/chat/completions", cast_to=httpx.Response, body=BODY)
            results[f"r{index}"] = response.json()

    await asyncio.gather(*(one(i) for i in range(count)))
    return len(results)


async def _workers(client: Any, count: int, concurrency: int) -> int:
    """``concurrency`` tasks gathered, each taking the next request: the runner's shape, bare."""
    import httpx

    pending = iter(range(count))
    results: Dict[str, Any] = {}

    async def worker() -> None:
        for index in pending:
            response = await client.post("/chat/completions", cast_to=httpx.Response, body=BODY)
            results[f"r{index}"] = response.json()

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return len(results)


async def _runner(client: Any, count: int, concurrency: int, results_path: Any) -> int:
    from openwire import batch

    results = await batch.arun(
        client, _requests(count), mode="local", concurrency=concurrency, results_path=results_path
    )
    if len(results.errors):
        raise RuntimeError(f"the runner got errors: {list(results.errors.values())[:3]}")
    return len(results)


@contextlib.contextmanager
def _server(kind: str) -> Iterator[str]:
    if kind == "local":
        from openwire.local import LocalServer

        with LocalServer() as server:
            yield server.url
        return
    from .server import running_server

    with running_server(10) as origin:
        yield f"{origin}/v1"


async def _measure(base_url: str, count: int, concurrency: int, rounds: int) -> Dict[str, Any]:
    from openwire import AsyncOpenAI

    folder = tempfile.TemporaryDirectory()
    contenders: Dict[str, Callable[[Any, int], Awaitable[int]]] = {
        "gather": lambda client, r: _plain(client, count, concurrency),
        "gather-workers": lambda client, r: _workers(client, count, concurrency),
        "runner": lambda client, r: _runner(client, count, concurrency, None),
        "runner+file": lambda client, r: _runner(client, count, concurrency, Path(folder.name) / f"results{r}.jsonl"),
    }
    rps: Dict[str, List[float]] = {name: [] for name in contenders}
    cpu: Dict[str, List[float]] = {name: [] for name in contenders}
    async with AsyncOpenAI(api_key="sk-bench", base_url=base_url, max_retries=0) as client:
        await _plain(client, concurrency, concurrency)  # opens the connections, builds lazy state
        for index in range(rounds):  # interleaved, so bursts of load hit every contender alike
            for name, run in contenders.items():
                c0, w0 = time.process_time(), time.perf_counter()
                done = await run(client, index)
                wall, spent = time.perf_counter() - w0, time.process_time() - c0
                assert done == count, (name, done)
                rps[name].append(count / wall)
                cpu[name].append(spent / count * 1e6)
    folder.cleanup()
    table = {
        name: {"requests_per_s": round(median(rps[name])), "cpu_us_per_request": round(median(cpu[name]), 1)}
        for name in contenders
    }
    base = table["gather-workers"]["cpu_us_per_request"]
    for name in ("runner", "runner+file"):
        table[name]["overhead_cpu_us_per_request"] = round(table[name]["cpu_us_per_request"] - base, 1)
        for plain in ("gather", "gather-workers"):
            ratio = table[name]["requests_per_s"] / table[plain]["requests_per_s"]
            table[name][f"throughput_vs_{plain}"] = round(ratio, 2)
    return table


def bookkeeping_us(count: int = 20_000) -> Dict[str, float]:
    """CPU microseconds the runner adds per request besides the call, without any network: the
    limiter (reserve + observe), the result object, progress, and the results file line."""
    from openwire.lib.batch_results import BatchProgress, BatchResult, result_line
    from openwire.lib.batch_state import ResultsFile
    from openwire.lib.rate_limits import RateLimiter

    from .payloads import chat_completion_body

    body = json.loads(chat_completion_body())
    headers = {"x-ratelimit-limit-requests": "10000", "x-ratelimit-remaining-requests": "9999"}
    limiter, progress = RateLimiter(), BatchProgress(total=count)
    with tempfile.TemporaryDirectory() as folder:
        results = ResultsFile(Path(folder) / "results.jsonl")
        timings = {}
        for name, write in (("in_memory", False), ("with_file", True)):
            c0 = time.process_time()
            for index in range(count):
                limiter.reserve(index * 1e-4)
                limiter.observe(200, headers, index * 1e-4)
                result = BatchResult(f"r{index}", "/v1/chat/completions", 200, body)
                progress.record(result)
                if write:
                    results.append([result])
                else:
                    result_line(result)
            timings[name] = round((time.process_time() - c0) / count * 1e6, 1)
        results.close()
    return timings


def main(argv: Any = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.batch_runner", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small counts: a smoke run")
    parser.add_argument("--server", choices=("canned", "local"), default="canned")
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--output", type=Path, help="also write the numbers here as JSON")
    args = parser.parse_args(argv)
    count, rounds = (400, 1) if args.quick else (args.requests, args.rounds)
    with _server(args.server) as base_url:
        table = asyncio.run(_measure(base_url, count, args.concurrency, rounds))
    bookkeeping = bookkeeping_us(2_000 if args.quick else 20_000)
    report = {
        "server": args.server,
        "requests": count,
        "concurrency": args.concurrency,
        "rounds": rounds,
        **table,
        "bookkeeping_cpu_us_per_request": bookkeeping,
    }
    print(f"{count} requests, {args.concurrency} in flight, {args.server} server, median of {rounds} rounds")
    print(f"{'':15} {'req/s':>7} {'cpu us/req':>11} {'overhead us/req':>16} {'vs gather':>10} {'vs workers':>11}")
    for name, row in table.items():
        overhead = row.get("overhead_cpu_us_per_request", "")
        ratios = [row.get("throughput_vs_gather", ""), row.get("throughput_vs_gather-workers", "")]
        print(
            f"{name:15} {row['requests_per_s']:>7} {row['cpu_us_per_request']:>11} {overhead!s:>16} "
            f"{ratios[0]!s:>10} {ratios[1]!s:>11}"
        )
    print(
        f"runner bookkeeping per request, no network: {bookkeeping['in_memory']} us cpu, "
        f"{bookkeeping['with_file']} us with the results file"
    )
    if args.output is not None:
        args.output.write_text(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
