"""Code that runs in a fresh interpreter, one measurement per process.

``python -m benchmarks.probes import '<python statement>'``
    time one statement from a clean start; print wall/CPU time, modules loaded, pydantic or not.
``python -m benchmarks.probes rss <contender> <base_url> <calls>``
    import, build a client, make ``calls`` small chat calls, print the peak RSS.
``python -m benchmarks.probes baseline``
    the peak RSS of an interpreter that does nothing.

Only the standard library is imported before the measured code runs.
"""

from __future__ import annotations

import json
import resource
import sys
import time


def peak_rss_mb() -> float:
    """This process's peak RSS in MiB: ``VmHWM`` from ``/proc/self/status`` where available.

    ``getrusage(RUSAGE_SELF).ru_maxrss`` is not used on Linux: it keeps the high-water mark of
    the forked parent image from before ``exec``, so every child of a big parent reports the
    parent's size.
    """
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux, bytes on macOS


def probe_import(statement: str) -> dict:
    before = len(sys.modules)
    c0, w0 = time.process_time(), time.perf_counter()
    exec(compile(statement, "<probe>", "exec"), {})
    wall, cpu = time.perf_counter() - w0, time.process_time() - c0
    return {
        "wall_ms": wall * 1e3,
        "cpu_ms": cpu * 1e3,
        "modules": len(sys.modules) - before,
        "pydantic_loaded": "pydantic" in sys.modules,
    }


def probe_rss(contender: str, base_url: str, calls: int) -> dict:
    from .contenders import make_sync

    client = make_sync(contender, base_url)
    for _ in range(calls):
        client.chat()
    return {
        "max_rss_mb": peak_rss_mb(),
        "ru_maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "modules": len(sys.modules),
    }


def main(argv: list) -> None:
    kind = argv[0]
    if kind == "import":
        result = probe_import(argv[1])
    elif kind == "rss":
        result = probe_rss(argv[1], argv[2], int(argv[3]))
    elif kind == "baseline":
        result = {"max_rss_mb": peak_rss_mb(), "modules": len(sys.modules)}
    else:
        raise SystemExit(f"unknown probe {kind!r}: use import, rss or baseline")
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1:])
