"""WebSockets on the local server: Responses over WebSocket, the handshake and its key check, and
scripted closes (``close_code``, ``cut_after``) that a client's reconnection can be tested with."""

from __future__ import annotations

import json
from typing import Any, Dict, Iterator, List

import httpx
import openai
import openai.types.responses as responses_types
import pytest
import websockets.exceptions
from websockets.sync.client import connect

from openwire.local import LocalAPI, LocalServer
from openwire.local._control import add_fault, parse_spec

from .realtime_helpers import check_events

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer() as running:
        yield running


def ws_url(server: LocalServer, path: str) -> str:
    return server.url.replace("http://", "ws://") + path


def until(connection: Any, last: str) -> List[Dict[str, Any]]:
    events: List[Dict[str, Any]] = []
    while not events or events[-1]["type"] != last:
        events.append(json.loads(connection.recv_bytes()))
    return events


# -- Responses over WebSocket --------------------------------------------------------------------


def test_responses_round_trip_matches_the_http_stream(server: LocalServer) -> None:
    client = openai.OpenAI(api_key="sk-local", base_url=server.url)
    with client.responses.connect() as connection:
        connection.response.create(model="gpt-5", input="hello over a socket")
        events = until(connection, "response.completed")
        connection.response.create(model="gpt-5", input="and again")  # the socket takes several
        again = until(connection, "response.completed")
    check_events(responses_types.ResponseStreamEvent, events + again)
    streamed = list(client.responses.create(model="gpt-5", input="hello over a socket", stream=True))
    assert [e["type"] for e in events] == [e.type for e in streamed]
    assert [e["sequence_number"] for e in events] == list(range(len(events)))
    text = "".join(e["delta"] for e in events if e["type"] == "response.output_text.delta")
    assert text == "You said: hello over a socket"
    final = events[-1]["response"]
    assert final["output"][0]["content"][0]["text"] == text
    assert client.responses.retrieve(final["id"]).output_text == text  # stored like an HTTP response
    assert again[-1]["response"]["output"][0]["content"][0]["text"] == "You said: and again"


def test_responses_function_call_over_websocket(server: LocalServer) -> None:
    client = openai.OpenAI(api_key="sk-local", base_url=server.url)
    tool = {"type": "function", "name": "lookup", "parameters": {"type": "object", "properties": {}}, "strict": False}
    with client.responses.connect() as connection:
        connection.response.create(model="gpt-5", input="find it", tools=[tool], tool_choice="required")  # type: ignore[list-item]
        events = until(connection, "response.completed")
    call = events[-1]["response"]["output"][0]
    assert (call["type"], call["name"]) == ("function_call", "lookup")
    assert "response.function_call_arguments.done" in [e["type"] for e in events]


@pytest.mark.parametrize(
    "event, param",
    [
        ({"type": "response.create", "input": "no model"}, "model"),
        ({"type": "response.create", "model": "gpt-5", "input": "x", "background": True}, "background"),
        ({"type": "response.cancel"}, "type"),
    ],
)
def test_responses_bad_event_gets_an_error_event(server: LocalServer, event: Dict[str, Any], param: str) -> None:
    client = openai.OpenAI(api_key="sk-local", base_url=server.url)
    with client.responses.connect() as connection:
        connection.send(event)  # type: ignore[arg-type]
        error = until(connection, "error")[0]
        check_events(responses_types.ResponseStreamEvent, [error])
        assert error["param"] == param
        connection.response.create(model="gpt-5", input="still here")
        assert until(connection, "response.completed")[-1]["response"]["status"] == "completed"


@pytest.mark.anyio
async def test_responses_round_trip_async(server: LocalServer) -> None:
    client = openai.AsyncOpenAI(api_key="sk-local", base_url=server.url)
    async with client.responses.connect() as connection:
        await connection.response.create(model="gpt-5", input="async hello")
        kinds = []
        async for event in connection:
            kinds.append(event.type)
            if event.type == "response.completed":
                break
    assert kinds[0] == "response.created" and "response.output_text.delta" in kinds


# -- the handshake ------------------------------------------------------------------------------


def test_raw_handshake_and_session_created(server: LocalServer) -> None:
    with connect(ws_url(server, "/realtime?model=gpt-realtime")) as socket:
        first = json.loads(socket.recv(timeout=5))
        assert first["type"] == "session.created"
        socket.send(json.dumps({"type": "session.update", "session": {"type": "realtime", "instructions": "x"}}))
        assert json.loads(socket.recv(timeout=5))["session"]["instructions"] == "x"
        socket.ping()  # answered by the protocol layer


def test_wrong_key_refuses_the_handshake_with_401() -> None:
    with LocalServer(app=LocalAPI(api_key="sk-right")) as server:
        url = ws_url(server, "/realtime?model=gpt-realtime")
        with pytest.raises(websockets.exceptions.InvalidStatus) as refused:
            connect(url, additional_headers={"Authorization": "Bearer sk-wrong"})
        assert refused.value.response.status_code == 401
        assert json.loads(refused.value.response.body)["error"]["code"] == "invalid_api_key"
        with pytest.raises(websockets.exceptions.InvalidStatus):
            connect(url)  # no key at all
        with connect(url, additional_headers={"Authorization": "Bearer sk-right"}) as socket:
            assert json.loads(socket.recv(timeout=5))["type"] == "session.created"
        client = openai.OpenAI(api_key="sk-wrong", base_url=server.url)
        with pytest.raises(websockets.exceptions.InvalidStatus):
            with client.realtime.connect(model="gpt-realtime"):
                pass


def test_responses_socket_checks_the_key_for_each_response() -> None:
    with LocalServer(app=LocalAPI(api_key="sk-right")) as server:
        client = openai.OpenAI(api_key="sk-right", base_url=server.url)
        with client.responses.connect() as connection:
            connection.response.create(model="gpt-5", input="hi")
            assert until(connection, "response.completed")[-1]["response"]["status"] == "completed"


def test_unknown_websocket_path_is_a_404(server: LocalServer) -> None:
    with pytest.raises(websockets.exceptions.InvalidStatus) as refused:
        connect(ws_url(server, "/chat/completions"))
    assert refused.value.response.status_code == 404


def test_plain_http_still_works_beside_websockets(server: LocalServer) -> None:
    with connect(ws_url(server, "/realtime?model=gpt-realtime")) as socket:
        socket.recv(timeout=5)
        assert httpx.get(server.url + "/models").status_code == 200


# -- faults: scripted closes --------------------------------------------------------------------


def test_close_code_fault_is_what_the_client_sees(server: LocalServer) -> None:
    server.app.faults.add(path="/realtime", close_code=1011, close_after=1, message="going away")
    client = openai.OpenAI(api_key="sk-local", base_url=server.url)
    with client.realtime.connect(model="gpt-realtime") as connection:
        assert connection.recv().type == "session.created"
        with pytest.raises(websockets.exceptions.ConnectionClosedError) as closed:
            connection.recv()
    assert closed.value.rcvd is not None
    assert (closed.value.rcvd.code, closed.value.rcvd.reason) == (1011, "going away")


def test_close_fault_mid_response(server: LocalServer) -> None:
    server.app.faults.add(path="/realtime", close_code=1013, close_after=4)
    with connect(ws_url(server, "/realtime?model=gpt-realtime")) as socket:
        socket.recv(timeout=5)  # 1: session.created
        socket.send(json.dumps({"type": "response.create", "response": {"output_modalities": ["text"]}}))
        received = []
        with pytest.raises(websockets.exceptions.ConnectionClosedError) as closed:
            while True:
                received.append(json.loads(socket.recv(timeout=5))["type"])
    assert received == ["response.created", "response.output_item.added", "conversation.item.added"]
    assert closed.value.rcvd is not None and closed.value.rcvd.code == 1013


def test_reconnecting_client_gets_a_new_session_after_a_fault(server: LocalServer) -> None:
    server.app.faults.add(path="/realtime", close_code=1011, close_after=1, times=1)
    client = openai.OpenAI(api_key="sk-local", base_url=server.url)
    seen: List[Any] = []
    with client.realtime.connect(
        model="gpt-realtime", on_reconnecting=lambda event: seen.append(event), initial_delay=0.01
    ) as connection:
        sessions = []
        for event in connection:  # iteration reconnects (a bare recv() raises)
            sessions.append(event)
            if len(sessions) == 2:
                break
    first, second = sessions
    assert first.type == second.type == "session.created"
    assert first.session.id != second.session.id
    assert len(seen) == 1
    assert server.connections == 2


def test_cut_fault_drops_without_a_close_frame(server: LocalServer) -> None:
    server.app.faults.add(path="/realtime", cut_after=1)
    with connect(ws_url(server, "/realtime?model=gpt-realtime")) as socket:
        socket.recv(timeout=5)
        with pytest.raises(websockets.exceptions.ConnectionClosedError) as closed:
            socket.recv(timeout=5)
    assert closed.value.rcvd is None  # 1006: no close frame


def test_status_fault_refuses_the_handshake(server: LocalServer) -> None:
    server.app.faults.add(path="/responses", status=429, retry_after=1)
    with pytest.raises(websockets.exceptions.InvalidStatus) as refused:
        connect(ws_url(server, "/responses"))
    assert refused.value.response.status_code == 429
    with connect(ws_url(server, "/responses")):  # times=1: the next one opens
        pass


def test_close_fault_from_a_command_line_spec_and_the_control_path(server: LocalServer) -> None:
    fault = add_fault(server.app, parse_spec("path=/realtime,close_code=4000,close_after=0"))
    assert (fault.close_code, fault.close_after) == (4000, 0)
    server.app.faults.clear()
    added = httpx.post(server.url.replace("/v1", "/_local/faults"), json={"path": "/realtime", "close_code": 1012})
    assert added.status_code == 201 and added.json()["close_code"] == 1012
    with connect(ws_url(server, "/realtime?model=gpt-realtime")) as socket:
        with pytest.raises(websockets.exceptions.ConnectionClosedError) as closed:
            socket.recv(timeout=5)
    assert closed.value.rcvd is not None and closed.value.rcvd.code == 1012


@pytest.mark.parametrize(
    "options, word",
    [({"close_code": 999}, "close_code"), ({"close_code": "1011"}, "close_code"), ({"close_after": 2}, "close_code")],
)
def test_bad_close_fault_options_are_refused(options: Dict[str, Any], word: str) -> None:
    with pytest.raises(ValueError, match=word):
        LocalAPI().faults.add(path="/realtime", **options)


def test_azure_realtime_path(server: LocalServer) -> None:
    origin = server.url[: -len("/v1")]
    client = openai.AzureOpenAI(
        api_key="k",
        azure_endpoint=origin,
        api_version="2025-04-01-preview",
        websocket_base_url=origin.replace("http://", "ws://") + "/openai",
    )
    with client.realtime.connect(model="my-deployment") as connection:
        assert connection.recv().session.model == "my-deployment"  # type: ignore[union-attr]
    assert server.app.recorded()[-1].path == "/realtime"


def test_client_messages_are_recorded_on_the_upgrade_request(server: LocalServer) -> None:
    client = openai.OpenAI(api_key="sk-secret-key", base_url=server.url)
    with client.realtime.connect(model="gpt-realtime") as connection:
        connection.recv()
        connection.session.update(session={"type": "realtime", "instructions": "terse"})
        connection.recv()
    request = server.app.recorded()[-1]
    assert [json.loads(m)["type"] for m in request.messages] == ["session.update"]
    listed = httpx.get(server.url.replace("/v1", "/_local/requests")).json()["data"][-1]
    assert json.loads(listed["messages"][0])["session"]["instructions"] == "terse"
    assert "sk-secret-key" not in json.dumps(listed)


def test_stopping_the_server_ends_open_sockets() -> None:
    import time

    server = LocalServer().start()
    socket = connect(ws_url(server, "/realtime?model=gpt-realtime"))
    socket.recv(timeout=5)
    started = time.monotonic()
    server.stop()
    assert time.monotonic() - started < 2
    with pytest.raises(websockets.exceptions.ConnectionClosed):
        socket.recv(timeout=5)
    socket.close()


def test_stall_fault_holds_the_socket_open_mid_conversation(server: LocalServer) -> None:
    server.app.faults.add(path="/realtime", stall_after=1, hang=True)
    with connect(ws_url(server, "/realtime?model=gpt-realtime")) as socket:
        assert json.loads(socket.recv(timeout=5))["type"] == "session.created"
        socket.send(json.dumps({"type": "session.update", "session": {"type": "realtime"}}))
        with pytest.raises(TimeoutError):
            socket.recv(timeout=0.3)  # held until the server stops


def test_a_long_close_reason_is_cut_to_fit_the_frame(server: LocalServer) -> None:
    server.app.faults.add(path="/realtime", close_code=4001, message="é" * 200)
    with connect(ws_url(server, "/realtime?model=gpt-realtime")) as socket:
        with pytest.raises(websockets.exceptions.ConnectionClosedError) as closed:
            socket.recv(timeout=5)
    assert closed.value.rcvd is not None and closed.value.rcvd.reason == "é" * 61


def test_a_browser_key_in_the_subprotocols_is_accepted_and_masked() -> None:
    with LocalServer(app=LocalAPI(api_key="sk-right")) as server:
        url = ws_url(server, "/realtime?model=gpt-realtime")
        offered: Any = ["realtime", "openai-insecure-api-key.sk-right", "openai-beta.realtime-v1"]
        with connect(url, subprotocols=offered) as socket:
            assert socket.subprotocol == "realtime"
            session = json.loads(socket.recv(timeout=5))["session"]
            assert "modalities" in session  # the beta API, asked for as a subprotocol
        with pytest.raises(websockets.exceptions.InvalidStatus) as refused:
            connect(url, subprotocols=["realtime", "openai-insecure-api-key.sk-wrong"])  # type: ignore[list-item]
        assert refused.value.response.status_code == 401
        listed = httpx.get(
            server.url.replace("/v1", "/_local/requests"), headers={"Authorization": "Bearer sk-right"}
        ).json()
        assert "sk-right" not in json.dumps(listed) and "sk-wrong" not in json.dumps(listed)
        assert "openai-insecure-api-key.***" in listed["data"][0]["headers"]["sec-websocket-protocol"]
