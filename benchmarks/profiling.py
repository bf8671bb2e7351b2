"""Profile openwire alone on one scenario: ``python -m benchmarks.profiling request|sse|client``.

cProfile (standard library) against the same loopback server as the benchmarks; prints the
top functions by own time and by cumulative time. ``client`` profiles building ``OpenAI()``
after ``import openwire`` (for import time itself use ``python -X importtime -c 'import openwire'``).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats

from .contenders import make_sync
from .server import running_server


def _profile(func: object, *, top: int, sort_keys: tuple) -> str:
    profiler = cProfile.Profile()
    profiler.runcall(func)  # type: ignore[arg-type]
    out = io.StringIO()
    for key in sort_keys:
        stats = pstats.Stats(profiler, stream=out).strip_dirs().sort_stats(key)
        out.write(f"\n=== sorted by {key} ===\n")
        stats.print_stats(top)
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.profiling", description=__doc__)
    parser.add_argument("scenario", choices=["request", "sse", "client"])
    parser.add_argument("--calls", type=int, default=2000, help="chat calls for `request`")
    parser.add_argument("--chunks", type=int, default=20_000, help="stream length for `sse`")
    parser.add_argument("--top", type=int, default=35)
    args = parser.parse_args()
    sort_keys = ("tottime", "cumulative")

    if args.scenario == "client":
        import openwire

        def build() -> None:
            openwire.OpenAI(api_key="sk-x", base_url="http://127.0.0.1:9/v1")

        print(_profile(build, top=args.top, sort_keys=sort_keys))
        return

    with running_server(args.chunks) as base_url:
        client = make_sync("openwire", base_url)
        print(f"openwire path: {client.api}")
        for _ in range(50):  # warm-up: schema builds, connection
            client.chat()
        client.stream_chat()

        def work() -> None:
            if args.scenario == "request":
                for _ in range(args.calls):
                    client.chat()
            else:
                client.stream_chat()

        print(_profile(work, top=args.top, sort_keys=sort_keys))
        client.close()


if __name__ == "__main__":
    main()
