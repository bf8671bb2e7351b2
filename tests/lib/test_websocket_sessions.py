"""WebSocket sessions over real sockets on 127.0.0.1, sync and async: the upgrade request, the
senders, typed events, close codes, reconnection, the send queue, and every fault giving a
typed openwire error (never a raw ``websockets`` one, never a hang)."""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any, List

import pytest
from websocket_support import MODES, call, make_client, run_session
from ws_server import Peer, Reject, WSServer, event, sends_then_closes

import openwire
from openwire import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    OpenAIError,
    WebSocketConnectionClosedError,
    WebSocketQueueFullError,
)
from openwire.lib.websocket import InvalidWebSocketEventError, WebSocketAlreadyClosedError, WebSocketClosedError

pytestmark = pytest.mark.parametrize("mode", MODES)


def _events(*ids: str) -> List[str]:
    return [event("input_audio_buffer.cleared", event_id=i) for i in ids]


def serves(*ids: str) -> Any:
    def script(peer: Peer) -> None:
        peer.send(*_events(*ids))
        peer.echo_until_closed()

    return script


# -- the upgrade request ------------------------------------------------------------------------


def test_the_upgrade_request_carries_auth_the_clients_headers_and_the_extras(mode: str) -> None:
    with WSServer([sends_then_closes("a")]) as server:
        outcome = run_session(
            mode,
            server,
            client_kwargs={"organization": "org", "project": "proj", "default_headers": {"X-Gateway": "g"}},
            connect_kwargs={"extra_query": {"q": "1"}, "extra_headers": {"X-Extra": "e"}},
        )
    assert outcome.error is None and outcome.ids == ["a"]
    (handshake,) = server.handshakes
    assert handshake.path == "/v1/realtime"
    assert handshake.query == {"model": "gpt-test", "q": "1"}
    headers = handshake.headers
    assert headers["authorization"] == "Bearer sk-test"
    assert headers["openai-organization"] == "org" and headers["openai-project"] == "proj"
    assert headers["x-gateway"] == "g" and headers["x-extra"] == "e"
    assert headers["user-agent"].startswith("OpenAI/Python" if mode == "sync" else "AsyncOpenAI/Python")
    assert "accept" not in headers and "openai-beta" not in headers


def test_extra_headers_override_and_omit_removes(mode: str) -> None:
    with WSServer([sends_then_closes()]) as server:
        run_session(
            mode,
            server,
            client_kwargs={"default_headers": {"X-Gateway": "g"}},
            connect_kwargs={"extra_headers": {"Authorization": "Bearer other", "X-Gateway": openwire.Omit()}},
        )
    headers = server.handshakes[0].headers
    assert headers["authorization"] == "Bearer other" and "x-gateway" not in headers


@pytest.mark.parametrize(
    "api, path, query", [("responses", "/v1/responses", {}), ("beta.responses", "/v1/responses", {})]
)
def test_responses_sockets(mode: str, api: str, path: str, query: Any) -> None:
    with WSServer([sends_then_closes()]) as server:
        outcome = run_session(mode, server, api=api)
    assert outcome.error is None
    assert (server.handshakes[0].path, server.handshakes[0].query) == (path, query)


def test_the_beta_realtime_api_sends_its_header(mode: str) -> None:
    with WSServer([sends_then_closes("a")]) as server:
        outcome = run_session(mode, server, api="beta.realtime", client_kwargs={"websocket_base_url": server.ws_url})
    assert outcome.error is None and outcome.ids == ["a"]
    assert server.handshakes[0].headers["openai-beta"] == "realtime=v1"


@pytest.mark.parametrize(
    "credentials, header, value",
    [
        ({"api_key": "az-key"}, "api-key", "az-key"),
        ({"azure_ad_token": "ad-token"}, "authorization", "Bearer ad-token"),
        ({"azure_ad_token_provider": lambda: "provided"}, "authorization", "Bearer provided"),
    ],
)
def test_azure_realtime_url_and_auth(mode: str, credentials: Any, header: str, value: str) -> None:
    with WSServer([sends_then_closes()]) as server:
        client_class = openwire.AzureOpenAI if mode == "sync" else openwire.AsyncAzureOpenAI
        client = client_class(
            azure_endpoint=f"http://127.0.0.1:{server.port}",
            api_version="2025-04-01-preview",
            azure_deployment="dep",
            websocket_base_url=f"ws://127.0.0.1:{server.port}/openai",
            **credentials,
        )

        async def run_async() -> None:
            async with client.realtime.connect(model="ignored") as connection:
                await connection.close()

        def run_sync() -> None:
            with client.realtime.connect(model="ignored") as connection:
                connection.close()

        call(mode, run_sync if mode == "sync" else run_async)
    (handshake,) = server.handshakes
    assert handshake.path == "/openai/realtime"
    assert handshake.query == {"api-version": "2025-04-01-preview", "deployment": "dep"}
    assert handshake.headers[header] == value


# -- senders and events -------------------------------------------------------------------------


def test_senders_build_the_client_events(mode: str) -> None:
    def script(peer: Peer) -> None:
        peer.receive(7)
        peer.close()

    with WSServer([script]) as server:
        client = make_client(mode, server)

        def run_sync() -> None:
            with client.realtime.connect(model="m") as connection:
                connection.session.update(session={"type": "realtime", "instructions": "be brief"}, event_id="e1")
                connection.conversation.item.create(
                    item={"type": "message", "role": "user", "content": [{"type": "input_text", "text": "hi"}]}
                )
                connection.conversation.item.truncate(audio_end_ms=5, content_index=0, item_id="i")
                connection.input_audio_buffer.append(audio="AAA=")
                connection.response.create()
                connection.response.cancel(response_id="r")
                connection.send_raw('{"type":"output_audio_buffer.clear"}')
                list(connection)

        async def run_async() -> None:
            async with client.realtime.connect(model="m") as connection:
                await connection.session.update(session={"type": "realtime", "instructions": "be brief"}, event_id="e1")
                await connection.conversation.item.create(
                    item={"type": "message", "role": "user", "content": [{"type": "input_text", "text": "hi"}]}
                )
                await connection.conversation.item.truncate(audio_end_ms=5, content_index=0, item_id="i")
                await connection.input_audio_buffer.append(audio="AAA=")
                await connection.response.create()
                await connection.response.cancel(response_id="r")
                await connection.send_raw('{"type":"output_audio_buffer.clear"}')
                async for _ in connection:
                    pass

        call(mode, run_sync if mode == "sync" else run_async)
    assert server.received(0) == [
        {"type": "session.update", "session": {"type": "realtime", "instructions": "be brief"}, "event_id": "e1"},
        {
            "type": "conversation.item.create",
            "item": {"type": "message", "role": "user", "content": [{"type": "input_text", "text": "hi"}]},
        },
        {"type": "conversation.item.truncate", "audio_end_ms": 5, "content_index": 0, "item_id": "i"},
        {"type": "input_audio_buffer.append", "audio": "AAA="},
        {"type": "response.create"},
        {"type": "response.cancel", "response_id": "r"},
        {"type": "output_audio_buffer.clear"},
    ]


def test_responses_create_sends_the_parameters_flat(mode: str) -> None:
    def script(peer: Peer) -> None:
        peer.receive(1)
        peer.send(
            json.dumps(
                {
                    "type": "response.output_text.delta",
                    "item_id": "i",
                    "output_index": 0,
                    "content_index": 0,
                    "delta": "hi",
                    "sequence_number": 1,
                    "logprobs": [],
                }
            )
        )
        peer.close()

    with WSServer([script]) as server:
        client = make_client(mode, server)
        seen: List[Any] = []

        def run_sync() -> None:
            with client.responses.connect() as connection:
                connection.response.create(model="gpt-test", input="hi", store=False)
                seen.extend(connection)

        async def run_async() -> None:
            async with client.responses.connect() as connection:
                await connection.response.create(model="gpt-test", input="hi", store=False)
                seen.extend([e async for e in connection])

        call(mode, run_sync if mode == "sync" else run_async)
    assert server.received(0) == [{"type": "response.create", "model": "gpt-test", "input": "hi", "store": False}]
    from openwire.types.responses import ResponseTextDeltaEvent

    assert len(seen) == 1 and isinstance(seen[0], ResponseTextDeltaEvent) and seen[0].delta == "hi"


def test_events_are_typed_and_unknown_ones_kept(mode: str) -> None:
    from openwire.types.realtime import InputAudioBufferClearedEvent

    def script(peer: Peer) -> None:
        peer.send(event("input_audio_buffer.cleared", event_id="a"), event("brand.new", event_id="b", extra=1))
        peer.close()

    with WSServer([script]) as server:
        outcome = run_session(mode, server)
    assert outcome.error is None
    first, unknown = outcome.events
    assert isinstance(first, InputAudioBufferClearedEvent)
    assert unknown.type == "brand.new" and unknown.event_id == "b" and unknown.extra == 1


@pytest.mark.parametrize("message", ["{not json", "[1, 2]"])
def test_a_message_that_is_not_an_event_is_a_typed_error(mode: str, message: str) -> None:
    with WSServer([lambda peer: (peer.send(message), peer.echo_until_closed())]) as server:
        outcome = run_session(mode, server)
    assert isinstance(outcome.error, InvalidWebSocketEventError) and isinstance(outcome.error, OpenAIError)


def test_sending_something_that_is_not_json_is_refused_before_sending(mode: str) -> None:
    with WSServer([serves()]) as server:
        client = make_client(mode, server)

        def run_sync() -> None:
            with client.realtime.connect(model="m") as connection:
                with pytest.raises(TypeError, match="set"):
                    connection.send({"type": "x", "v": {1, 2}})
                with pytest.raises(TypeError, match="send_raw"):
                    connection.send("text")

        async def run_async() -> None:
            async with client.realtime.connect(model="m") as connection:
                with pytest.raises(TypeError, match="set"):
                    await connection.send({"type": "x", "v": {1, 2}})
                with pytest.raises(TypeError, match="send_raw"):
                    await connection.send("text")

        call(mode, run_sync if mode == "sync" else run_async)
        time.sleep(0.05)
    assert server.received(0) == []


# -- close codes --------------------------------------------------------------------------------


@pytest.mark.parametrize("code", [1000, 1001, 1005])
def test_clean_closes_end_iteration_quietly(mode: str, code: int) -> None:
    with WSServer([sends_then_closes("a", code=code), serves("b")]) as server:
        outcome = run_session(mode, server, reconnect=True)
    assert outcome.error is None and outcome.ids == ["a"] and len(server.handshakes) == 1


@pytest.mark.parametrize("code", [1002, 1003, 1008, 1014, 4000])
def test_failure_closes_raise_a_typed_error_that_is_also_the_websockets_one(mode: str, code: int) -> None:
    from websockets.exceptions import ConnectionClosedError

    with WSServer([sends_then_closes("a", code=code), serves("b")]) as server:
        outcome = run_session(mode, server, reconnect=True)
    error = outcome.error
    assert isinstance(error, WebSocketClosedError) and isinstance(error, ConnectionClosedError)
    assert error.close_code == code and str(code) in str(error)
    assert outcome.ids == ["a"] and outcome.reconnects == [] and len(server.handshakes) == 1


def test_a_dropped_connection_without_on_reconnecting_is_an_error(mode: str) -> None:
    with WSServer([sends_then_closes("a", code=1006), serves("b")]) as server:
        outcome = run_session(mode, server)
    assert isinstance(outcome.error, WebSocketClosedError) and "1006" in str(outcome.error)
    assert len(server.handshakes) == 1


def test_recv_after_the_end_raises_the_closed_error(mode: str) -> None:
    with WSServer([sends_then_closes("a")]) as server:
        client = make_client(mode, server)

        def run_sync() -> None:
            with client.realtime.connect(model="m") as connection:
                assert connection.recv().event_id == "a"
                with pytest.raises(WebSocketAlreadyClosedError):
                    connection.recv()
                with pytest.raises(WebSocketAlreadyClosedError):
                    connection.send({"type": "response.create"})

        async def run_async() -> None:
            async with client.realtime.connect(model="m") as connection:
                assert (await connection.recv()).event_id == "a"
                with pytest.raises(WebSocketAlreadyClosedError):
                    await connection.recv()
                with pytest.raises(WebSocketAlreadyClosedError):
                    await connection.send({"type": "response.create"})

        call(mode, run_sync if mode == "sync" else run_async)


def test_sending_after_close_is_a_typed_error(mode: str) -> None:
    with WSServer([serves()]) as server:
        client = make_client(mode, server)

        def run_sync() -> None:
            with client.realtime.connect(model="m") as connection:
                with pytest.raises(ValueError, match="1006"):
                    connection.close(code=1006)  # reserved: refused, the session goes on
                connection.send({"type": "response.create"})
                connection.close()
                with pytest.raises(WebSocketAlreadyClosedError, match="close"):
                    connection.send({"type": "response.create"})

        async def run_async() -> None:
            async with client.realtime.connect(model="m") as connection:
                with pytest.raises(ValueError, match="1006"):
                    await connection.close(code=1006)  # reserved: refused, the session goes on
                await connection.send({"type": "response.create"})
                await connection.close()
                with pytest.raises(WebSocketAlreadyClosedError, match="close"):
                    await connection.send({"type": "response.create"})

        call(mode, run_sync if mode == "sync" else run_async)


# -- reconnection -------------------------------------------------------------------------------


@pytest.mark.parametrize("code", [1006, 1011, 1012, 1013])
def test_recoverable_closes_reconnect_and_iteration_goes_on(mode: str, code: int) -> None:
    with WSServer([sends_then_closes("a", code=code), serves("b")]) as server:
        outcome = run_session(mode, server, reconnect=True, stop_after=1.0)
    assert outcome.error is None and outcome.ids == ["a", "b"]
    (reconnect,) = outcome.reconnects
    assert (reconnect.attempt, reconnect.max_attempts, reconnect.close_code) == (1, 5, code)
    assert 0.0075 <= reconnect.delay <= 0.01
    assert [h.path for h in server.handshakes] == ["/v1/realtime", "/v1/realtime"]


def test_failed_attempts_back_off_and_count_up_then_give_up(mode: str) -> None:
    scripts = [sends_then_closes("a", code=1006), Reject(503), Reject(503), Reject(503), serves("b")]
    with WSServer(scripts) as server:
        outcome = run_session(mode, server, reconnect=True, connect_kwargs={"max_retries": 3})
    assert [(e.attempt, e.max_attempts, e.close_code) for e in outcome.reconnects] == [
        (1, 3, 1006),
        (2, 3, 1006),
        (3, 3, 1006),
    ]
    delays = [e.delay for e in outcome.reconnects]
    assert 0.0075 <= delays[0] <= 0.01 and 0.015 <= delays[1] <= 0.02 and 0.03 <= delays[2] <= 0.04
    assert isinstance(outcome.error, WebSocketClosedError) and "3 reconnection(s) failed" in str(outcome.error)
    assert len(server.handshakes) == 4 and outcome.ids == ["a"]


def test_on_reconnecting_overrides_the_extras_of_the_next_handshakes(mode: str) -> None:
    scripts = [sends_then_closes("a", code=1006), Reject(503), serves("b")]
    with WSServer(scripts) as server:
        outcome = run_session(
            mode,
            server,
            reconnect=True,
            connect_kwargs={"extra_query": {"q": "1", "z": "0"}, "extra_headers": {"x-token": "old"}},
            overrides=lambda event: {"extra_query": {"q": str(event.attempt)}, "extra_headers": {"x-token": "new"}},
            stop_after=1.0,
        )
    assert outcome.error is None and outcome.ids == ["a", "b"]
    assert [h.query for h in server.handshakes] == [
        {"model": "gpt-test", "q": "1", "z": "0"},
        {"model": "gpt-test", "q": "1"},
        {"model": "gpt-test", "q": "2"},
    ]
    assert [h.headers["x-token"] for h in server.handshakes] == ["old", "new", "new"]
    assert outcome.reconnects[1].extra_query == {"q": "1"}  # the event shows the current extras


@pytest.mark.parametrize("answer", [{"abort": True}, ZeroDivisionError])
def test_on_reconnecting_can_stop(mode: str, answer: Any) -> None:
    def overrides(event: Any) -> Any:
        if answer is ZeroDivisionError:
            raise ZeroDivisionError
        return answer

    with WSServer([sends_then_closes("a", code=1006), serves("b")]) as server:
        outcome = run_session(mode, server, reconnect=True, overrides=overrides)
    assert isinstance(outcome.error, WebSocketClosedError) and len(server.handshakes) == 1


def test_max_retries_zero_turns_reconnection_off(mode: str) -> None:
    with WSServer([sends_then_closes("a", code=1006), serves("b")]) as server:
        outcome = run_session(mode, server, reconnect=True, connect_kwargs={"max_retries": 0})
    assert isinstance(outcome.error, WebSocketClosedError) and outcome.reconnects == []


def test_events_sent_while_reconnecting_go_first_on_the_new_connection(mode: str) -> None:
    box: dict[str, Any] = {}

    def first(peer: Peer) -> None:
        peer.send(*_events("a"))
        peer.receive(1)
        time.sleep(0.05)
        peer.drop()

    with WSServer([first, serves("b")]) as server:
        client = make_client(mode, server)
        events: List[Any] = []

        def on_reconnecting_sync(event: Any) -> None:
            box["connection"].send({"type": "response.create", "event_id": f"queued-{event.attempt}"})

        async def on_reconnecting_async(event: Any) -> None:
            await box["connection"].send({"type": "response.create", "event_id": f"queued-{event.attempt}"})

        kwargs = dict(model="m", initial_delay=0.01, max_delay=0.02)

        def run_sync() -> None:
            with client.realtime.connect(on_reconnecting=on_reconnecting_sync, **kwargs) as connection:
                box["connection"] = connection
                connection.session.update(session={"type": "realtime"})
                for item in connection:
                    events.append(item.event_id)
                    if item.event_id == "b":
                        server.wait_for(lambda: len(server.records) > 1 and len(server.records[1].received) >= 1)
                        connection.close()

        async def run_async() -> None:
            async with client.realtime.connect(on_reconnecting=on_reconnecting_async, **kwargs) as connection:
                box["connection"] = connection
                await connection.session.update(session={"type": "realtime"})
                async for item in connection:
                    events.append(item.event_id)
                    if item.event_id == "b":
                        await asyncio.to_thread(
                            server.wait_for, lambda: len(server.records) > 1 and len(server.records[1].received) >= 1
                        )
                        await connection.close()

        call(mode, run_sync if mode == "sync" else run_async)
    assert events == ["a", "b"]
    assert server.received(0) == [{"type": "session.update", "session": {"type": "realtime"}}]
    # only the queued event: nothing else (no session.update) is re-sent
    assert server.received(1) == [{"type": "response.create", "event_id": "queued-1"}]


def test_events_queued_when_reconnection_gives_up_are_reported_unsent(mode: str) -> None:
    box: dict[str, Any] = {}

    def queue_one(event: Any) -> Any:
        payload = {"type": "response.create", "event_id": f"q{event.attempt}"}
        if mode == "sync":
            box["connection"].send(payload)
            return None

        async def send() -> None:
            await box["connection"].send(payload)

        return send()

    with WSServer([sends_then_closes("a", code=1006), Reject(503)]) as server:
        client = make_client(mode, server)
        kwargs = dict(model="m", on_reconnecting=queue_one, max_retries=2, initial_delay=0.01, max_delay=0.02)

        def run_sync() -> None:
            with client.realtime.connect(**kwargs) as connection:
                box["connection"] = connection
                list(connection)

        async def run_async() -> None:
            async with client.realtime.connect(**kwargs) as connection:
                box["connection"] = connection
                async for _ in connection:
                    pass

        with pytest.raises(WebSocketConnectionClosedError) as info:
            call(mode, run_sync if mode == "sync" else run_async)
    assert [json.loads(m) for m in info.value.unsent_messages] == [
        {"type": "response.create", "event_id": "q1"},
        {"type": "response.create", "event_id": "q2"},
    ]


def test_the_queue_before_entering_is_bounded_and_flushed_on_entry(mode: str) -> None:
    with WSServer([lambda peer: (peer.receive(1), peer.close())]) as server:
        client = make_client(mode, server)
        manager = client.realtime.connect(model="m", max_queue_size=60)
        manager.send({"type": "input_audio_buffer.clear", "event_id": "first"})
        with pytest.raises(WebSocketQueueFullError, match="max_queue_size=60"):
            manager.send({"type": "input_audio_buffer.clear", "event_id": "second"})

        def run_sync() -> None:
            with manager as connection:
                list(connection)

        async def run_async() -> None:
            async with manager as connection:
                async for _ in connection:
                    pass

        call(mode, run_sync if mode == "sync" else run_async)
    assert server.received(0) == [{"type": "input_audio_buffer.clear", "event_id": "first"}]


# -- faults -------------------------------------------------------------------------------------


def test_a_server_that_never_answers_the_handshake_times_out(mode: str) -> None:
    with WSServer(stall_handshake=True) as server:
        started = time.monotonic()
        outcome = run_session(mode, server, client_kwargs={"timeout": 0.3})
    assert isinstance(outcome.error, APITimeoutError)
    assert time.monotonic() - started < 3


def test_a_refused_upgrade_is_the_status_error(mode: str) -> None:
    body = '{"error": {"message": "bad key", "type": "invalid_request_error", "code": "invalid_api_key"}}'
    with WSServer([Reject(401, body)]) as server:
        outcome = run_session(mode, server)
    assert isinstance(outcome.error, AuthenticationError) and outcome.error.status_code == 401
    assert "bad key" in str(outcome.error) and "sk-test" not in str(outcome.error)


def test_nothing_listening_is_a_connection_error(mode: str) -> None:
    with WSServer() as server:
        closed_port = server.port
    with WSServer() as other:
        other.port = closed_port  # the client is pointed at a port nobody listens on any more
        outcome = run_session(mode, other)
    assert isinstance(outcome.error, APIConnectionError) and not isinstance(outcome.error, APITimeoutError)


def test_a_message_over_max_size_closes_with_1009(mode: str) -> None:
    big = event("input_audio_buffer.cleared", event_id="big", padding="x" * 4096)
    with WSServer([lambda peer: (peer.send(big), peer.echo_until_closed())]) as server:
        outcome = run_session(mode, server, connect_kwargs={"websocket_connection_options": {"max_size": 1024}})
    assert isinstance(outcome.error, WebSocketClosedError) and outcome.error.close_code == 1009


def test_a_close_in_the_middle_of_a_message(mode: str) -> None:
    def script(peer: Peer) -> None:
        peer.send(*_events("a"))
        peer.send_raw_frame(b"\x81\x7e\x01\x00" + b'{"type"')  # announces 256 bytes, sends 7
        time.sleep(0.05)
        peer.drop()

    with WSServer([script, serves("b")]) as server:
        without = run_session(mode, server)
    assert isinstance(without.error, WebSocketClosedError) and without.ids == ["a"]
    with WSServer([script, serves("b")]) as server:
        with_reconnect = run_session(mode, server, reconnect=True, stop_after=1.0)
    assert with_reconnect.error is None and with_reconnect.ids == ["a", "b"]


def test_bad_connect_arguments_are_refused_before_connecting(mode: str) -> None:
    with WSServer() as server:
        client = make_client(mode, server)
        with pytest.raises(ValueError, match="max_retries"):
            client.realtime.connect(model="m", max_retries=-1)
        with pytest.raises(ValueError, match="max_queue_size"):
            client.responses.connect(max_queue_size=-5)
        with pytest.raises(TypeError, match="extra_headers"):
            client.realtime.connect(model="m", extra_headers=[("a", "b")])
        with pytest.raises(TypeError, match="model"):
            client.realtime.connect(model=3)
    assert server.handshakes == []


# -- handlers -----------------------------------------------------------------------------------


def test_dispatch_events_calls_handlers_and_raises_on_an_unhandled_error(mode: str) -> None:
    def script(peer: Peer) -> None:
        peer.send(
            *_events("1", "2"),
            event("error", event_id="3", error={"type": "invalid_request_error", "message": "bad thing"}),
            *_events("4"),
        )
        peer.close()

    def run(with_error_handler: bool) -> List[Any]:
        seen: List[Any] = []
        with WSServer([script]) as server:
            client = make_client(mode, server)
            manager = client.realtime.connect(model="m")
            manager.once("input_audio_buffer.cleared", lambda e: seen.append(("once", e.event_id)))

            def setup(connection: Any) -> None:
                @connection.on("input_audio_buffer.cleared")
                def on_cleared(e: Any) -> None:
                    seen.append(("on", e.event_id))

                if with_error_handler:
                    assert connection.on("error", lambda e: seen.append(("error", e.error.message))) is connection

            def run_sync() -> None:
                with manager as connection:
                    setup(connection)
                    connection.dispatch_events()

            async def run_async() -> None:
                async with manager as connection:
                    setup(connection)
                    await connection.dispatch_events()

            try:
                call(mode, run_sync if mode == "sync" else run_async)
            except OpenAIError as err:
                seen.append(("raised", str(err)))
        return seen

    handled = run(True)
    assert handled == [("once", "1"), ("on", "1"), ("on", "2"), ("error", "bad thing"), ("on", "4")]
    unhandled = run(False)
    assert unhandled[:3] == [("once", "1"), ("on", "1"), ("on", "2")]
    assert unhandled[3][0] == "raised" and "bad thing" in unhandled[3][1] and len(unhandled) == 4


def test_the_missing_extra_is_named(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "websockets.sync.client", None)
    monkeypatch.setitem(sys.modules, "websockets.asyncio.client", None)
    with WSServer() as server:
        outcome = run_session(mode, server)
    assert isinstance(outcome.error, OpenAIError) and "openwire[realtime]" in str(outcome.error)
