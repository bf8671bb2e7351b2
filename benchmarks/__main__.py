"""``python -m benchmarks [--quick] [--only a,b] [--output PATH]``: run, print, save JSON."""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from importlib import metadata
from pathlib import Path
from typing import Any, Callable, Dict

from . import calls, concurrency, footprint, startup, websocket
from .measure import ROOT
from .report import build_rows, evaluate_targets, format_table, write_json
from .server import running_server
from .settings import FULL, QUICK, Settings

SCENARIOS: Dict[str, Callable[[Settings, str], Dict[str, Any]]] = {
    "import": startup.import_times,
    "request_cpu": calls.request_cpu,
    "sse": calls.sse_throughput,
    "sse_long_line": calls.sse_long_line,
    "rss": startup.peak_rss,
    "async": concurrency.async_throughput,
    "embeddings": calls.embeddings,
    "footprint": footprint.footprint,
    "websocket": websocket.websocket_throughput,
}


def _versions() -> Dict[str, str]:
    out = {}
    for dist in ("openwire", "openai", "httpx", "httpcore", "pydantic", "pydantic-core", "aiohttp"):
        try:
            out[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            out[dist] = "not installed"
    return out


def main(argv: Any = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small counts: a smoke run for CI (~30 s)")
    parser.add_argument("--only", default="", help=f"comma-separated subset of: {', '.join(SCENARIOS)}")
    parser.add_argument("--output", type=Path, default=ROOT / "benchmarks" / "results.json")
    args = parser.parse_args(argv)

    settings = QUICK if args.quick else FULL
    selected = [name.strip() for name in args.only.split(",") if name.strip()] or list(SCENARIOS)
    unknown = set(selected) - set(SCENARIOS)
    if unknown:
        parser.error(f"unknown scenario(s) {sorted(unknown)}; choose from {list(SCENARIOS)}")

    meta: Dict[str, Any] = {
        "mode": "quick" if args.quick else "full",
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "versions": _versions(),
        "loadavg_start": os.getloadavg(),
        "started": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    print(
        f"openwire benchmarks ({meta['mode']}): python {meta['python']}, {meta['cpus']} cpus, "
        + ", ".join(f"{k} {v}" for k, v in meta["versions"].items())
    )

    results: Dict[str, Any] = {}
    t_start = time.perf_counter()
    with running_server(settings.sse_chunks) as base_url:
        for name in selected:
            t0 = time.perf_counter()
            print(f"- {name} ...", flush=True)
            results[name] = SCENARIOS[name](settings, base_url)
            print(f"  done in {time.perf_counter() - t0:.1f} s", flush=True)
    meta["duration_s"] = round(time.perf_counter() - t_start, 1)
    meta["loadavg_end"] = os.getloadavg()

    rows = build_rows(results)
    targets = evaluate_targets(rows)
    print()
    print(format_table(rows, targets))
    print()
    if "import" in results:
        loads = results["import"]["import_openwire_loads_pydantic"]
        print(f"`import openwire` loads pydantic: {'YES (regression!)' if loads else 'no'}")
    for name, target in targets.items():
        value = "-" if target["value"] is None else f"{target['value']:.3f}x"
        print(
            f"target {name:<15} openwire/openai {target['op']} {target['threshold']:g}x: {value:>8}  {target['status']}"
        )
    print(f"\n{meta['duration_s']} s; results written to {args.output}")

    document = {"meta": meta, "settings": settings.as_dict(), "results": results}
    write_json(args.output, document, rows, targets)
    return 0


if __name__ == "__main__":
    sys.exit(main())
