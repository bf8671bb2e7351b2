"""Events per second through a Realtime session over a WebSocket (``client.realtime.connect``).

The server (``python -m benchmarks.websocket --serve N``, its own process so its CPU is not the
client's) answers every connection with N ``response.output_text.delta`` events, prebuilt, then
closes with 1000. Each contender iterates the session to its end, every event parsed into its
typed model. The third column is the floor: the ``websockets`` package alone (recv +
``json.loads``), no SDK.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, List

from .measure import median, time_rounds
from .settings import Settings

__all__ = ["websocket_throughput", "running_ws_server"]

NAMES = ("openwire", "openai", "httpx")  # the third column: raw websockets


def delta_events(count: int) -> List[str]:
    return [
        json.dumps(
            {
                "type": "response.output_text.delta",
                "event_id": f"event_{index}",
                "response_id": "resp_benchmark",
                "item_id": "item_benchmark",
                "output_index": 0,
                "content_index": 0,
                "delta": "word ",
            }
        )
        for index in range(count)
    ]


@contextlib.contextmanager
def running_ws_server(events: int) -> Iterator[str]:
    """The server in a child process; yields the base URL the clients take
    (``http://127.0.0.1:PORT/v1``: they turn ``http`` into ``ws``)."""
    root = Path(__file__).resolve().parent.parent
    proc = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.websocket", "--serve", str(events)],
        cwd=root,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().decode().strip()
        if not line.startswith("PORT "):
            raise RuntimeError(f"websocket benchmark server failed to start (said {line!r})")
        yield f"http://127.0.0.1:{int(line.split()[1])}/v1"
    finally:
        if proc.stdin is not None:
            proc.stdin.close()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.terminate()
            proc.wait(timeout=5)


def _sdk_session(module: str, base_url: str) -> Callable[[], int]:
    import importlib

    client = importlib.import_module(module).OpenAI(api_key="sk-benchmark", base_url=base_url)

    def run() -> int:
        count = 0
        with client.realtime.connect(model="gpt-benchmark") as connection:
            for event in connection:
                count += event.type == "response.output_text.delta"
        return count

    return run


def _floor_session(base_url: str) -> Callable[[], int]:
    from websockets.exceptions import ConnectionClosedOK
    from websockets.sync.client import connect

    url = base_url.replace("http://", "ws://") + "/realtime?model=gpt-benchmark"

    def run() -> int:
        count = 0
        with connect(url) as websocket:
            try:
                while True:
                    count += json.loads(websocket.recv(decode=False))["type"] == "response.output_text.delta"
            except ConnectionClosedOK:
                pass
        return count

    return run


def websocket_throughput(settings: Settings, base_url: str) -> Dict[str, Any]:
    """Events/s (client CPU time, and wall) through a ``settings.ws_events``-delta session."""
    import warnings

    events = settings.ws_events
    with running_ws_server(events) as ws_url, warnings.catch_warnings():
        # the reference opens its sync sockets the way websockets >= 17.1 warns about
        warnings.simplefilter("ignore", DeprecationWarning)
        tasks = {
            "openwire": _sdk_session("openwire", ws_url),
            "openai": _sdk_session("openai", ws_url),
            "httpx": _floor_session(ws_url),
        }
        for task in tasks.values():
            task()  # warm-up: imports, schema builds
        samples = time_rounds(tasks, settings.ws_runs)
    out: Dict[str, Any] = {"events": events}
    for name in NAMES:
        received = {s.result for s in samples[name]}
        if received != {events}:
            raise RuntimeError(f"{name} received {received} delta events, expected {events}")
        cpu = [events / s.cpu for s in samples[name]]
        out[name] = {
            "events_per_s_cpu": median(cpu),
            "events_per_s_wall": median([events / s.wall for s in samples[name]]),
            "events_per_s_cpu_best": max(cpu),
            "runs_cpu": [round(v) for v in cpu],
        }
    return out


def _serve(events: int) -> None:
    from websockets.sync.server import ServerConnection, serve

    messages = delta_events(events)

    def handler(websocket: ServerConnection) -> None:
        for message in messages:
            websocket.send(message)
        websocket.close()

    server = serve(handler, "127.0.0.1", 0, compression=None)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(f"PORT {server.socket.getsockname()[1]}", flush=True)
    sys.stdin.read()  # until the parent closes stdin
    server.shutdown()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--serve", type=int, required=True, help="delta events per connection")
    _serve(parser.parse_args().serve)
