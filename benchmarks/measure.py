"""Timing helpers: CPU time per call in batches, medians, and fresh-interpreter probes."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Callable, Dict, List, NamedTuple, Sequence

__all__ = ["ROOT", "Sample", "median", "time_rounds", "per_call_us", "repeat", "run_python"]

ROOT = Path(__file__).resolve().parent.parent


class Sample(NamedTuple):
    cpu: float  # seconds of this process's CPU time
    wall: float  # seconds
    result: Any  # what the task returned


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def time_rounds(tasks: Dict[str, Callable[[], Any]], rounds: int) -> Dict[str, List[Sample]]:
    """Run each task once per round, the contenders interleaved within a round, so that a
    burst of load on the machine hits every contender alike instead of skewing one of them.

    CPU time (``time.process_time``) counts only this process: the server runs in another one,
    and other load on the machine changes it much less than wall time.
    """
    samples: Dict[str, List[Sample]] = {name: [] for name in tasks}
    for _ in range(rounds):
        for name, task in tasks.items():
            c0, w0 = time.process_time(), time.perf_counter()
            result = task()
            samples[name].append(Sample(time.process_time() - c0, time.perf_counter() - w0, result))
    return samples


def per_call_us(samples: List[Sample], calls: int) -> Dict[str, Any]:
    """Median CPU and wall microseconds per call, for batches of ``calls`` calls."""
    cpu = [s.cpu / calls * 1e6 for s in samples]
    return {
        "cpu_us_per_call": median(cpu),
        "cpu_us_per_call_best": min(cpu),
        "wall_us_per_call": median([s.wall / calls * 1e6 for s in samples]),
        "cpu_us_batches": [round(v, 1) for v in cpu],
        "calls": len(samples) * calls,
    }


def repeat(call: Callable[[], Any], times: int) -> Callable[[], None]:
    def batch() -> None:
        for _ in range(times):
            call()

    return batch


def run_python(args: Sequence[str], *, timeout: float = 120) -> Dict[str, Any]:
    """Run a fresh interpreter (from the repository root) that prints one JSON object last."""
    env = dict(os.environ)
    for name in ("OPENAI_BASE_URL", "OPENAI_LOG", "OPENAI_CUSTOM_HEADERS"):
        env.pop(name, None)
    proc = subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    if proc.returncode != 0:
        raise RuntimeError(f"probe {list(args)!r} failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])
