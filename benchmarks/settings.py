"""How much work each scenario does: the full run (< ~4 minutes) and ``--quick`` (CI smoke)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Dict

__all__ = ["Settings", "FULL", "QUICK"]


@dataclass(frozen=True)
class Settings:
    import_samples: int  # fresh interpreters per import measurement
    request_warmup: int  # calls before timing (schema builds, connection set-up)
    request_batches: int  # timed batches; the median batch is reported
    request_batch_calls: int
    sse_chunks: int  # events in the streamed chat completion
    sse_runs: int
    long_line_bytes: int  # one SSE ``data:`` line, fed to the decoders in 1 KiB reads
    long_line_runs: int
    rss_samples: int  # fresh interpreters per contender
    rss_calls: int
    async_calls: int  # per timed run
    async_concurrency: int
    async_runs: int
    embed_batches: int
    embed_batch_calls: int
    mypy_runs: int  # mypy --strict runs per contender (0: only the wheel size)
    ws_events: int  # delta events in the Realtime WebSocket session
    ws_runs: int

    def as_dict(self) -> Dict[str, Any]:
        return asdict(self)


FULL = Settings(
    import_samples=7,
    request_warmup=100,
    request_batches=7,
    request_batch_calls=300,
    sse_chunks=20_000,
    sse_runs=7,
    long_line_bytes=4 * 1024 * 1024,
    long_line_runs=5,
    rss_samples=3,
    rss_calls=200,
    async_calls=2_000,
    async_concurrency=50,
    async_runs=2,
    embed_batches=5,
    embed_batch_calls=100,
    mypy_runs=3,
    ws_events=20_000,
    ws_runs=5,
)

QUICK = Settings(
    import_samples=2,
    request_warmup=10,
    request_batches=2,
    request_batch_calls=30,
    sse_chunks=1_000,
    sse_runs=1,
    long_line_bytes=1024 * 1024,
    long_line_runs=1,
    rss_samples=1,
    rss_calls=200,
    async_calls=200,
    async_concurrency=50,
    async_runs=1,
    embed_batches=2,
    embed_batch_calls=10,
    mypy_runs=0,
    ws_events=1_000,
    ws_runs=1,
)
