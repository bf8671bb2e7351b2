"""``LocalServer.stop()`` returns at once: no poll interval, no thread left waiting on a socket."""

from __future__ import annotations

import socket
import statistics
import threading
import time
from typing import Callable

import httpx

from openwire.local import LocalAPI, LocalServer

BOUND = 0.05  # seconds; the old accept loop waited up to 0.5 s


def _timed(action: Callable[[], None]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def test_stop_of_an_idle_server_is_prompt() -> None:
    durations = []
    for _ in range(5):
        server = LocalServer().start()
        durations.append(_timed(server.stop))
    assert statistics.median(durations) < BOUND, durations


def test_stop_with_a_keep_alive_connection_open_is_prompt() -> None:
    durations = []
    for _ in range(5):
        server = LocalServer().start()
        with httpx.Client() as http:
            assert http.get(f"{server.url}/models").status_code == 200  # the connection stays open
            durations.append(_timed(server.stop))
    assert statistics.median(durations) < BOUND, durations


def test_stop_ends_a_stall_and_frees_the_port() -> None:
    app = LocalAPI()
    app.faults.add(path="/models", stall=30)
    server = LocalServer(app=app).start()
    host, port = server.url.split("//")[1].split("/")[0].split(":")
    outcome: "list[BaseException]" = []

    def stalled_call() -> None:
        try:
            httpx.get(f"{server.url}/models", timeout=10)
        except httpx.HTTPError as err:
            outcome.append(err)

    caller = threading.Thread(target=stalled_call)
    caller.start()
    deadline = time.monotonic() + 5
    while not app.requests and time.monotonic() < deadline:
        time.sleep(0.005)
    assert _timed(server.stop) < 1.0
    caller.join(timeout=5)
    assert not caller.is_alive() and isinstance(outcome[0], httpx.RemoteProtocolError)
    with socket.socket() as probe:
        assert probe.connect_ex((host, int(port))) != 0
