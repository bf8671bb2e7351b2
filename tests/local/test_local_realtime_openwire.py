"""openwire's own WebSocket clients against the embedded server (issue 12's end-to-end check):
a Realtime text round trip, a function call, a forced reconnect, and Responses over a socket,
sync and async. (The reference SDK against the same server: test_local_realtime.py.)"""

from __future__ import annotations

import json
from typing import Any, Iterator, List

import pytest

from openwire import AsyncOpenAI, OpenAI
from openwire.local import LocalServer

pytest.importorskip("websockets")

WEATHER_TOOL: Any = {
    "type": "function",
    "name": "get_weather",
    "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
}
ASK = {"type": "message", "role": "user", "content": [{"type": "input_text", "text": "get_weather for Paris"}]}
HELLO = {"type": "message", "role": "user", "content": [{"type": "input_text", "text": "hello there"}]}


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer() as running:
        yield running


def test_text_round_trip_and_function_call(server: LocalServer) -> None:
    client = OpenAI(api_key="sk-local", base_url=server.url, max_retries=0)
    with client.realtime.connect(model="gpt-realtime") as connection:
        assert connection.recv().type == "session.created"
        connection.session.update(session={"type": "realtime", "output_modalities": ["text"], "tools": [WEATHER_TOOL]})
        assert connection.recv().type == "session.updated"
        connection.conversation.item.create(item=HELLO)  # type: ignore[arg-type]
        connection.response.create()
        deltas: List[str] = []
        for event in connection:
            if event.type == "response.output_text.delta":
                deltas.append(event.delta)
            if event.type == "response.done":
                assert event.response.status == "completed"
                break
        assert "".join(deltas) == "You said: hello there"

        connection.conversation.item.create(item=ASK)  # type: ignore[arg-type]
        connection.response.create()
        call = next(event for event in connection if event.type == "response.function_call_arguments.done")
        assert call.name == "get_weather" and json.loads(call.arguments) == {"city": "city"}
        connection.conversation.item.create(
            item={"type": "function_call_output", "call_id": call.call_id, "output": '{"temperature": 21}'}
        )
        connection.response.create()
        done = next(event for event in connection if event.type == "response.output_text.done")
        assert done.text == 'You said: {"temperature": 21}'


def test_a_forced_close_is_reconnected(server: LocalServer) -> None:
    server.app.faults.add(path="/realtime", close_code=1011, close_after=1, times=1)
    client = OpenAI(api_key="sk-local", base_url=server.url)
    codes: List[int] = []
    with client.realtime.connect(
        model="gpt-realtime", on_reconnecting=lambda event: codes.append(event.close_code), initial_delay=0.01
    ) as connection:
        sessions = []
        for event in connection:
            sessions.append(event)
            if len(sessions) == 2:
                break
    assert [event.type for event in sessions] == ["session.created", "session.created"]
    assert codes == [1011] and server.connections == 2


@pytest.mark.anyio
async def test_async_round_trip_and_responses_over_a_socket(server: LocalServer) -> None:
    client = AsyncOpenAI(api_key="sk-local", base_url=server.url, max_retries=0)
    async with client.realtime.connect(model="gpt-realtime") as connection:
        await connection.session.update(session={"type": "realtime", "output_modalities": ["text"]})
        await connection.conversation.item.create(item=HELLO)  # type: ignore[arg-type]
        await connection.response.create()
        async for event in connection:
            if event.type == "response.output_text.done":
                assert event.text == "You said: hello there"
                break
    async with client.responses.connect() as socket:
        await socket.response.create(model="gpt-4o-mini", input="hi over a socket", store=False)
        kinds = []
        async for event in socket:
            kinds.append(event.type)
            if event.type == "response.completed":
                assert event.response.output_text == "You said: hi over a socket"
                break
    assert kinds[0] == "response.created"
