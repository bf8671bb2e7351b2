"""Scenarios measured in fresh interpreters: import time, and peak RSS after 200 calls."""

from __future__ import annotations

from typing import Any, Dict, List

from .measure import median, run_python
from .settings import Settings

__all__ = ["import_times", "peak_rss"]

# What each import measurement executes, per contender. ``client`` builds a client too (no I/O);
# ``first_call`` also makes one chat call: the whole cold start, lazy work included.
IMPORT_STATEMENTS: Dict[str, Dict[str, str]] = {
    "import": {
        "openwire": "import openwire",
        "openai": "import openai",
        "httpx": "import httpx",
    },
    "client": {
        "openwire": "from openwire import OpenAI\nOpenAI(api_key='sk-x', base_url='http://127.0.0.1:9/v1')",
        "openai": "from openai import OpenAI\nOpenAI(api_key='sk-x', base_url='http://127.0.0.1:9/v1')",
        "httpx": "import httpx\nhttpx.Client(base_url='http://127.0.0.1:9/v1')",
    },
    "first_call": {
        name: f"from benchmarks.contenders import make_sync\nmake_sync({name!r}, BASE_URL).chat()"
        for name in ("openwire", "openai", "httpx")
    },
}


def import_times(settings: Settings, base_url: str) -> Dict[str, Any]:
    """Median wall/CPU ms and modules loaded, per statement; samples are interleaved so that
    a burst of load on the machine hits every contender alike. One unrecorded round first
    (bytecode caches, disk cache)."""
    jobs = [(kind, name, stmt) for kind, stmts in IMPORT_STATEMENTS.items() for name, stmt in stmts.items()]
    samples: Dict[tuple, List[Dict[str, Any]]] = {(kind, name): [] for kind, name, _ in jobs}
    for round_ in range(settings.import_samples + 1):
        for kind, name, stmt in jobs:
            result = run_python(["-m", "benchmarks.probes", "import", stmt.replace("BASE_URL", repr(base_url))])
            if round_:
                samples[(kind, name)].append(result)
    out: Dict[str, Any] = {kind: {} for kind in IMPORT_STATEMENTS}
    for (kind, name), runs in samples.items():
        out[kind][name] = {
            "statement": IMPORT_STATEMENTS[kind][name],
            "wall_ms": median([r["wall_ms"] for r in runs]),
            "cpu_ms": median([r["cpu_ms"] for r in runs]),
            "modules": runs[-1]["modules"],
            "pydantic_loaded": runs[-1]["pydantic_loaded"],
            "samples": len(runs),
        }
    out["import_openwire_loads_pydantic"] = out["import"]["openwire"]["pydantic_loaded"]
    return out


def peak_rss(settings: Settings, base_url: str) -> Dict[str, Any]:
    """Peak RSS (MiB) of a fresh interpreter after import + client + N small chat calls."""
    baseline = run_python(["-m", "benchmarks.probes", "baseline"])
    out: Dict[str, Any] = {"interpreter_baseline_mb": baseline["max_rss_mb"], "calls": settings.rss_calls}
    runs: Dict[str, List[Dict[str, Any]]] = {name: [] for name in ("openwire", "openai", "httpx")}
    for _ in range(settings.rss_samples):
        for name in runs:
            runs[name].append(run_python(["-m", "benchmarks.probes", "rss", name, base_url, str(settings.rss_calls)]))
    for name, results in runs.items():
        out[name] = {
            "max_rss_mb": median([r["max_rss_mb"] for r in results]),
            "modules": results[-1]["modules"],
            "samples": len(results),
        }
    return out
