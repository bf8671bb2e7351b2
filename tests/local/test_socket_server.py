"""What the socket server records about connections: counts, numbers, arrival times, raw targets."""

from __future__ import annotations

import time

import httpx

from openwire.local import LocalServer


def test_connections_are_counted_and_numbered() -> None:
    with LocalServer() as server:
        before = time.monotonic()
        with httpx.Client() as first:
            first.get(f"{server.url}/models?limit=2")
            first.get(f"{server.url}/models")  # kept alive: the same connection
            assert (server.connections, server.open_connections) == (1, 1)
            with httpx.Client() as second:
                second.get(f"{server.url}/models", headers=[("x-twice", "a"), ("x-twice", "b")])
            assert server.connections == 2
        deadline = time.monotonic() + 2
        while server.open_connections and time.monotonic() < deadline:
            time.sleep(0.005)
        assert server.open_connections == 0
        requests = server.app.recorded()
    assert [r.connection for r in requests] == [1, 1, 2]
    assert requests[0].target == "/v1/models?limit=2" and requests[0].path == "/models"
    assert before <= requests[0].received <= requests[1].received <= requests[2].received
    assert requests[2].headers["x-twice"] == "a, b"
