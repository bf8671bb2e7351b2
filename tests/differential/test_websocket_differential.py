"""WebSocket sessions compared with the reference over the same scripted socket on 127.0.0.1:
what each close code does (with and without ``on_reconnecting``), the reconnection events, the
upgrade request, the senders' events and the queue bound before entering.

The close-code table this checks is in ``lib/websocket/_policy.py``. Deliberate differences,
asserted here too: openwire sends the client's ``default_headers`` / organization / project on
the socket, and its errors are typed openwire errors (the close error is also the ``websockets``
class the reference raises).
"""

from __future__ import annotations

from typing import Any, Dict, List, Tuple

import openai
import pytest
from websocket_support import run_session
from websockets.exceptions import ConnectionClosedError
from ws_server import Peer, Reject, WSServer, event, sends_then_closes

import openwire

# The reference opens its sync sockets the way websockets >= 17.1 warns about.
pytestmark = pytest.mark.filterwarnings("ignore:connect\\(\\) must be used as a context manager:DeprecationWarning")

CODES = [1000, 1001, 1002, 1003, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 3000, 4000, 4999]


def then_serve(peer: Peer) -> None:
    peer.send(event("input_audio_buffer.cleared", event_id="b"))
    peer.echo_until_closed()


def observe(sdk: str, mode: str, code: int, reconnect: bool) -> Tuple[List[Any], str, int, List[Tuple[int, int, int]]]:
    with WSServer([sends_then_closes("a", code=code), then_serve]) as server:
        outcome = run_session(mode, server, sdk=sdk, reconnect=reconnect, stop_after=1.0)
    if outcome.error is None:
        result = "end"
    elif isinstance(outcome.error, ConnectionClosedError):
        result = "raise ConnectionClosedError"
    else:
        result = f"raise {type(outcome.error).__name__}"
    reconnects = [(e.attempt, e.max_attempts, e.close_code) for e in outcome.reconnects]
    return outcome.ids, result, len(server.handshakes), reconnects


@pytest.mark.parametrize("reconnect", [False, True], ids=["plain", "on_reconnecting"])
@pytest.mark.parametrize("code", CODES)
def test_each_close_code_does_what_it_does_on_the_reference(code: int, reconnect: bool) -> None:
    reference = observe("openai", "sync", code, reconnect)
    ours = observe("openwire", "sync", code, reconnect)
    assert ours == reference
    # the table itself, so that a change in the reference shows here by name
    expected = "end" if code in (1000, 1001, 1005) else "raise ConnectionClosedError"
    if reconnect and code in (1006, 1011, 1012, 1013):
        expected = "end"  # reconnected, then closed by the test
        assert ours[0] == ["a", "b"] and ours[3] == [(1, 5, code)]
    assert ours[1] == expected


@pytest.mark.parametrize("code", [1006, 1012, 4000])
def test_the_async_clients_agree(code: int) -> None:
    assert observe("openwire", "async", code, True) == observe("openai", "async", code, True)


def test_failed_reconnection_attempts_count_up_to_max_retries_as_on_the_reference() -> None:
    def run(sdk: str) -> Tuple[Any, ...]:
        scripts = [sends_then_closes("a", code=1006), Reject(503), Reject(503), Reject(503), then_serve]
        with WSServer(scripts) as server:
            outcome = run_session("sync", server, sdk=sdk, reconnect=True, connect_kwargs={"max_retries": 3})
        delays_ok = all(
            0.75 * min(0.01 * 2 ** (e.attempt - 1), 0.04) <= e.delay <= min(0.01 * 2 ** (e.attempt - 1), 0.04)
            for e in outcome.reconnects
        )
        return (
            outcome.ids,
            [(e.attempt, e.max_attempts, e.close_code) for e in outcome.reconnects],
            isinstance(outcome.error, ConnectionClosedError),
            len(server.handshakes),
            delays_ok,
        )

    assert run("openwire") == run("openai")


def test_overrides_and_abort_as_on_the_reference() -> None:
    def run(sdk: str, overrides: Any) -> Tuple[Any, ...]:
        with WSServer([sends_then_closes("a", code=1006), Reject(503), then_serve]) as server:
            outcome = run_session(
                "sync",
                server,
                sdk=sdk,
                reconnect=True,
                overrides=overrides,
                connect_kwargs={"extra_query": {"q": "0", "z": "1"}, "extra_headers": {"x-token": "old"}},
                stop_after=1.0,
            )
        return (
            outcome.ids,
            type(outcome.error).__mro__[-4].__name__ if outcome.error else None,
            [(h.query, h.headers.get("x-token")) for h in server.handshakes],
            [(e.extra_query, e.extra_headers) for e in outcome.reconnects],
        )

    replace = lambda e: {"extra_query": {"q": str(e.attempt)}, "extra_headers": {"x-token": "new"}}  # noqa: E731
    assert run("openwire", replace) == run("openai", replace)
    abort = lambda e: {"abort": True}  # noqa: E731
    assert run("openwire", abort) == run("openai", abort)


def test_the_upgrade_request_as_on_the_reference_plus_the_clients_headers() -> None:
    def run(sdk: str, api: str, **connect: Any) -> Dict[str, Any]:
        with WSServer([sends_then_closes("a", code=1000)]) as server:
            run_session(
                "sync",
                server,
                sdk=sdk,
                api=api,
                client_kwargs={"organization": "org", "default_headers": {"X-Gateway": "g"}},
                connect_kwargs=connect,
            )
        (handshake,) = server.handshakes
        headers = {k: v for k, v in handshake.headers.items() if k in ("authorization", "x-extra", "openai-beta")}
        return {"path": handshake.path, "query": handshake.query, "headers": headers, "all": handshake.headers}

    for api, connect in [
        ("realtime", {"extra_query": {"a": "b"}, "extra_headers": {"X-Extra": "e"}}),
        ("realtime", {"call_id": "c1", "model": None}),
        ("responses", {"extra_query": {"a": "b"}}),
        ("beta.responses", {}),
    ]:
        ours = run("openwire", api, **connect)
        reference = run("openai", api, **connect)
        assert {k: ours[k] for k in ("path", "query", "headers")} == {
            k: reference[k] for k in ("path", "query", "headers")
        }
        # deliberate: the reference leaves these out, gateways need them
        assert "x-gateway" not in reference["all"] and ours["all"]["x-gateway"] == "g"
        assert ours["all"]["openai-organization"] == "org"


def test_the_senders_send_the_same_events() -> None:
    def run(sdk: str) -> List[Any]:
        with WSServer([lambda peer: (peer.receive(9), peer.close())]) as server:
            module: Any = openai if sdk == "openai" else openwire
            client = module.OpenAI(api_key="k", base_url=server.base_url)
            with client.realtime.connect(model="m") as connection:
                connection.session.update(session={"type": "realtime", "instructions": "x"}, event_id="e")
                connection.conversation.item.create(
                    item={"type": "message", "role": "user", "content": [{"type": "input_text", "text": "hi"}]},
                    previous_item_id="p",
                )
                connection.conversation.item.delete(item_id="i")
                connection.conversation.item.retrieve(item_id="i")
                connection.input_audio_buffer.commit()
                connection.input_audio_buffer.clear(event_id="c")
                connection.output_audio_buffer.clear()
                connection.response.create(response={"instructions": "y"})
                connection.send({"type": "response.cancel"})
                list(connection)
        return server.received(0)

    assert run("openwire") == run("openai")


def test_responses_senders_send_the_same_events() -> None:
    def run(sdk: str) -> List[Any]:
        with WSServer([lambda peer: (peer.receive(2), peer.close())]) as server:
            module: Any = openai if sdk == "openai" else openwire
            client = module.OpenAI(api_key="k", base_url=server.base_url)
            with client.beta.responses.connect() as connection:
                connection.response.create(model="gpt", input="hi", stream=True, metadata={"a": "b"})
                connection.response.inject(input=[{"role": "user", "content": "more"}], response_id="r")
                list(connection)
        return server.received(0)

    assert run("openwire") == run("openai")


@pytest.mark.parametrize("size", [100, 101])
def test_the_queue_before_entering_has_the_same_bound(size: int) -> None:
    message = {"type": "response.create", "event_id": "x" * (size - len('{"type": "response.create", "event_id": ""}'))}

    def run(sdk: str) -> Any:
        module: Any = openai if sdk == "openai" else openwire
        manager = module.OpenAI(api_key="k", base_url="http://127.0.0.1:9/v1").realtime.connect(
            model="m", max_queue_size=100
        )
        try:
            manager.send(message)
        except Exception as err:
            return type(err).__name__
        return "queued"

    assert run("openwire") == run("openai") == ("queued" if size == 100 else "WebSocketQueueFullError")
