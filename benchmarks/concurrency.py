"""Async throughput: many calls in flight at once on one event loop."""

from __future__ import annotations

import asyncio
import gc
import time
from typing import Any, Dict, List

from .contenders import ASYNC_CONTENDERS, make_async
from .measure import median
from .settings import Settings

__all__ = ["async_throughput"]


async def _burst(client: Any, concurrency: int, per_worker: int) -> None:
    async def worker() -> None:
        for _ in range(per_worker):
            await client.chat()

    await asyncio.gather(*(worker() for _ in range(concurrency)))


async def _run_all(settings: Settings, base_url: str) -> Dict[str, Any]:
    concurrency = settings.async_concurrency
    per_worker = max(settings.async_calls // concurrency, 1)
    calls = per_worker * concurrency
    clients = {name: make_async(name, base_url) for name in ASYNC_CONTENDERS}
    rps: Dict[str, List[float]] = {name: [] for name in clients}
    cpu_us: Dict[str, List[float]] = {name: [] for name in clients}
    try:
        for client in clients.values():
            # Opens the pool's connections and builds any lazy schemas.
            await _burst(client, concurrency, 2)
        # Interleaved rounds, as in ``measure.time_rounds``; only one client is busy at a time.
        for _ in range(settings.async_runs):
            for name, client in clients.items():
                c0, w0 = time.process_time(), time.perf_counter()
                await _burst(client, concurrency, per_worker)
                wall, cpu = time.perf_counter() - w0, time.process_time() - c0
                rps[name].append(calls / wall)
                cpu_us[name].append(cpu / calls * 1e6)
    finally:
        for client in clients.values():
            await client.aclose()
    return {
        name: {
            "api": clients[name].api,
            "requests_per_s": median(rps[name]),
            "cpu_us_per_call": median(cpu_us[name]),
            "runs_rps": [round(v) for v in rps[name]],
        }
        for name in clients
    }


def async_throughput(settings: Settings, base_url: str) -> Dict[str, Any]:
    """Requests/s with ``async_concurrency`` calls in flight (``async_calls`` per run)."""
    results = asyncio.run(_run_all(settings, base_url))
    gc.collect()
    return {"concurrency": settings.async_concurrency, "calls": settings.async_calls, **results}
