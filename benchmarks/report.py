"""Turn the raw scenario results into rows with ratios and targets; print them; save JSON."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional

__all__ = ["Row", "build_rows", "evaluate_targets", "format_table", "write_json"]

CONTENDERS = ("openwire", "openai", "httpx")
RATIOS = (("openwire", "openai"), ("openwire", "httpx"), ("openai", "httpx"))


@dataclass
class Row:
    key: str
    metric: str
    unit: str
    better: str  # "lower" or "higher"
    values: Dict[str, Optional[float]]
    ratios: Dict[str, Optional[float]] = field(default_factory=dict)
    note: str = ""

    def __post_init__(self) -> None:
        for a, b in RATIOS:
            va, vb = self.values.get(a), self.values.get(b)
            self.ratios[f"{a}/{b}"] = va / vb if va is not None and vb else None


# Targets on the ratio openwire/openai of one row: (row key, comparison, threshold).
TARGETS: Dict[str, tuple] = {
    "import_client": ("client_cpu_ms", "<=", 0.15),
    "request_cpu": ("request_cpu_us", "<=", 0.45),
    "sse_throughput": ("sse_chunks_per_s_cpu", ">=", 4.0),
    "peak_rss": ("rss_mb", "<=", 0.6),
    "import": ("import_cpu_ms", "<=", 0.1),
    "wheel_size": ("wheel_kb", "<=", 0.5),
    "mypy_user_program": ("mypy_cpu_s", "<=", 0.5),
}


def _get(results: Dict[str, Any], *path: str) -> Optional[float]:
    value: Any = results
    for key in path:
        if not isinstance(value, dict) or key not in value:
            return None
        value = value[key]
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _row(results: Dict[str, Any], key: str, metric: str, unit: str, better: str, *path: str, note: str = "") -> Row:
    """A row whose value for contender C is ``results[path[0]][C][path[1:]...]``."""
    values = {name: _get(results, path[0], name, *path[1:]) for name in CONTENDERS}
    return Row(key, metric, unit, better, values, note=note)


def build_rows(results: Dict[str, Any]) -> List[Row]:
    rows: List[Row] = []
    if "import" in results:
        imp = {kind: results["import"][kind] for kind in ("import", "client", "first_call")}
        rows += [
            _row(imp, "import_cpu_ms", "import X", "ms cpu", "lower", "import", "cpu_ms"),
            _row(imp, "import_wall_ms", "import X", "ms wall", "lower", "import", "wall_ms"),
            _row(imp, "import_modules", "import X: modules loaded", "modules", "lower", "import", "modules"),
            _row(imp, "client_cpu_ms", "from X import OpenAI + client", "ms cpu", "lower", "client", "cpu_ms"),
            _row(imp, "client_wall_ms", "from X import OpenAI + client", "ms wall", "lower", "client", "wall_ms"),
            _row(imp, "client_modules", "import + client: modules loaded", "modules", "lower", "client", "modules"),
            _row(
                imp,
                "first_call_cpu_ms",
                "cold start: import+client+1st call",
                "ms cpu",
                "lower",
                "first_call",
                "cpu_ms",
            ),
            _row(
                imp,
                "first_call_wall_ms",
                "cold start: import+client+1st call",
                "ms wall",
                "lower",
                "first_call",
                "wall_ms",
            ),
        ]
    if "request_cpu" in results:
        rows += [
            _row(
                results, "request_cpu_us", "chat call, small JSON", "us cpu", "lower", "request_cpu", "cpu_us_per_call"
            ),
            _row(
                results,
                "request_wall_us",
                "chat call, small JSON",
                "us wall",
                "lower",
                "request_cpu",
                "wall_us_per_call",
            ),
        ]
    if "sse" in results:
        n = results["sse"]["chunks"]
        rows += [
            _row(
                results,
                "sse_chunks_per_s_cpu",
                f"SSE stream, {n} chunks",
                "chunk/s cpu",
                "higher",
                "sse",
                "chunks_per_s_cpu",
            ),
            _row(
                results,
                "sse_chunks_per_s_wall",
                f"SSE stream, {n} chunks",
                "chunk/s wall",
                "higher",
                "sse",
                "chunks_per_s_wall",
            ),
        ]
    if "sse_long_line" in results:
        mib = results["sse_long_line"]["bytes"] / (1024 * 1024)
        metric = f"SSE {mib:g} MiB data line, 1 KiB reads"
        rows.append(_row(results, "sse_long_line_s", metric, "s cpu", "lower", "sse_long_line", "seconds_cpu"))
    if "footprint" in results:
        rows.append(
            _row(results, "wheel_kb", "wheel size (package tree, deflated)", "KiB", "lower", "footprint", "wheel_kb")
        )
        if results["footprint"].get("mypy_runs"):
            rows.append(
                _row(
                    results,
                    "mypy_cpu_s",
                    "mypy --strict on a user program",
                    "s cpu",
                    "lower",
                    "footprint",
                    "mypy_cpu_s",
                )
            )
    if "rss" in results:
        calls = results["rss"]["calls"]
        rows.append(_row(results, "rss_mb", f"peak RSS after {calls} calls", "MiB", "lower", "rss", "max_rss_mb"))
    if "async" in results:
        res = results["async"]
        aio = {"async": {**res, "openwire": res.get("openwire_aiohttp", {})}}
        label = f"async, {res['concurrency']} in flight"
        rows += [
            _row(results, "async_rps", f"{label} (openwire on httpx)", "req/s", "higher", "async", "requests_per_s"),
            _row(
                aio, "async_rps_aiohttp", f"{label} (openwire on aiohttp)", "req/s", "higher", "async", "requests_per_s"
            ),
            _row(
                results, "async_cpu_us", f"{label} (openwire on httpx)", "us cpu", "lower", "async", "cpu_us_per_call"
            ),
            _row(
                aio,
                "async_cpu_us_aiohttp",
                f"{label} (openwire on aiohttp)",
                "us cpu",
                "lower",
                "async",
                "cpu_us_per_call",
            ),
        ]
    if "embeddings" in results:
        skipped = results["embeddings"].get("openwire", {}).get("skipped")
        rows.append(
            _row(
                results,
                "embeddings_cpu_us",
                "embeddings, 1536 floats",
                "us cpu",
                "lower",
                "embeddings",
                "cpu_us_per_call",
                note=f"openwire skipped: {skipped}" if skipped else "",
            )
        )
    if "websocket" in results:
        n = results["websocket"]["events"]
        label = f"Realtime WebSocket, {n} deltas (raw: websockets)"
        rows += [
            _row(results, "ws_events_per_s_cpu", label, "event/s cpu", "higher", "websocket", "events_per_s_cpu"),
            _row(results, "ws_events_per_s_wall", label, "event/s wall", "higher", "websocket", "events_per_s_wall"),
        ]
    return rows


def evaluate_targets(rows: List[Row]) -> Dict[str, Dict[str, Any]]:
    by_key = {row.key: row for row in rows}
    out: Dict[str, Dict[str, Any]] = {}
    for name, (key, op, threshold) in TARGETS.items():
        row = by_key.get(key)
        ratio = row.ratios.get("openwire/openai") if row else None
        if ratio is None:
            status = "n/a"
        elif op == "<=":
            status = "PASS" if ratio <= threshold else "MISS"
        else:
            status = "PASS" if ratio >= threshold else "MISS"
        out[name] = {
            "row": key,
            "ratio": "openwire/openai",
            "op": op,
            "threshold": threshold,
            "value": ratio,
            "status": status,
        }
    return out


def _num(value: Optional[float]) -> str:
    if value is None:
        return "-"
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def _ratio(value: Optional[float]) -> str:
    return "-" if value is None else f"{value:.2f}x"


def format_table(rows: List[Row], targets: Dict[str, Dict[str, Any]]) -> str:
    target_by_row = {t["row"]: t for t in targets.values()}
    header = (
        f"{'metric':<44} {'unit':<12} {'openwire':>10} {'openai':>10} {'httpx':>10} "
        f"{'ow/openai':>9} {'ow/httpx':>9} {'oa/httpx':>9}  {'better':<6} {'target':<8} status"
    )
    lines = [header, "-" * len(header)]
    for row in rows:
        target = target_by_row.get(row.key)
        target_text = f"{target['op']}{target['threshold']:g}x" if target else ""
        status = target["status"] if target else ""
        lines.append(
            f"{row.metric:<44} {row.unit:<12} "
            + " ".join(f"{_num(row.values[name]):>10}" for name in CONTENDERS)
            + " "
            + " ".join(f"{_ratio(row.ratios[f'{a}/{b}']):>9}" for a, b in RATIOS)
            + f"  {row.better:<6} {target_text:<8} {status}"
        )
        if row.note:
            lines.append(f"{'':<44} note: {row.note}")
    return "\n".join(lines)


def write_json(path: Path, document: Dict[str, Any], rows: List[Row], targets: Dict[str, Any]) -> None:
    document = {**document, "rows": [asdict(row) for row in rows], "targets": targets}
    path.write_text(json.dumps(document, indent=2, sort_keys=False) + "\n")
