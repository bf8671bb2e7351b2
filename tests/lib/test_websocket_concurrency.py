"""The sync client's sessions used from several threads: a send from one thread while another
reads, and ``close()`` from another thread during a reconnection (over real sockets); and the
async client under trio, which websockets does not run on."""

from __future__ import annotations

import json
import threading
import time
from typing import Any, List

from websocket_support import make_client
from ws_server import Peer, WSServer, event

from openwire import WebSocketConnectionClosedError


def sends_then_drops(*ids: str) -> Any:
    def script(peer: Peer) -> None:
        peer.send(*[event("input_audio_buffer.cleared", event_id=i) for i in ids])
        time.sleep(0.05)
        peer.drop()

    return script


def serves(peer: Peer) -> None:
    peer.echo_until_closed()


def test_closing_while_reconnecting_reports_what_was_not_sent() -> None:
    reported: List[BaseException] = []
    with WSServer([sends_then_drops("a"), serves]) as server:
        client = make_client("sync", server)
        box: dict[str, Any] = {}

        def on_reconnecting(event: Any) -> None:
            box["connection"].send({"type": "response.create", "event_id": "waiting"})

            def close_now() -> None:
                try:
                    box["connection"].close()
                except WebSocketConnectionClosedError as err:
                    reported.append(err)

            threading.Thread(target=close_now).start()

        with client.realtime.connect(model="m", on_reconnecting=on_reconnecting, initial_delay=0.3) as connection:
            box["connection"] = connection
            seen = [e.event_id for e in connection]
    assert seen == ["a"] and len(server.handshakes) == 1  # no reconnection after close()
    (error,) = reported
    assert isinstance(error, WebSocketConnectionClosedError)
    assert [json.loads(m)["event_id"] for m in error.unsent_messages] == ["waiting"]


def test_another_thread_can_send_while_one_reads() -> None:
    def script(peer: Peer) -> None:
        peer.receive(20)
        peer.close()

    with WSServer([script]) as server:
        client = make_client("sync", server)
        with client.realtime.connect(model="m") as connection:
            senders = [
                threading.Thread(
                    target=lambda n=n: [connection.send({"type": "x", "event_id": f"{n}-{i}"}) for i in range(10)]
                )
                for n in range(2)
            ]
            for thread in senders:
                thread.start()
            assert list(connection) == []
            for thread in senders:
                thread.join()
    assert sorted(m["event_id"] for m in server.received(0)) == sorted(f"{n}-{i}" for n in range(2) for i in range(10))


def test_the_async_client_under_trio_says_it_needs_asyncio() -> None:
    import pytest
    import trio

    import openwire
    from openwire import OpenAIError

    async def main() -> None:
        client = openwire.AsyncOpenAI(api_key="k", base_url="http://127.0.0.1:9/v1")
        with pytest.raises(OpenAIError, match="asyncio"):
            async with client.realtime.connect(model="m"):
                pass

    trio.run(main)
