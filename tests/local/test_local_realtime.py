"""The Realtime API over WebSocket, driven by the reference SDK (``openai``) against LocalServer.

Every server event is parsed strictly as the reference's type for it (an unknown field fails).
"""

from __future__ import annotations

import base64
import json
from typing import Any, Dict, Iterator, List

import openai
import openai.types.beta.realtime as beta_types
import openai.types.realtime as ga_types
import pytest

from openwire.local import LocalAPI, LocalServer

from .realtime_helpers import check_events

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

WEATHER_TOOL = {
    "type": "function",
    "name": "get_weather",
    "description": "The weather in a city.",
    "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
}


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer() as running:
        yield running


@pytest.fixture
def client(server: LocalServer) -> openai.OpenAI:
    return openai.OpenAI(api_key="sk-local", base_url=server.url, max_retries=0)


def until(connection: Any, last: str) -> List[Dict[str, Any]]:
    """The raw events up to and including the first of type ``last``, each checked strictly."""
    events: List[Dict[str, Any]] = []
    while not events or events[-1]["type"] != last:
        events.append(json.loads(connection.recv_bytes()))
    return check_events(ga_types.RealtimeServerEvent, events)


def user_text(text: str) -> Any:  # a user message item (Any: the tests also build bad ones)
    return {"type": "message", "role": "user", "content": [{"type": "input_text", "text": text}]}


def text_only(connection: Any, **session: Any) -> None:
    connection.session.update(session={"type": "realtime", "output_modalities": ["text"], **session})
    until(connection, "session.updated")


def test_text_round_trip(client: openai.OpenAI) -> None:
    with client.realtime.connect(model="gpt-realtime") as connection:
        created = connection.recv()
        assert created.type == "session.created"
        assert created.session.model == "gpt-realtime"
        text_only(connection, instructions="Be brief.")
        connection.conversation.item.create(item=user_text("hello there"))
        added = until(connection, "conversation.item.done")
        assert added[0]["type"] == "conversation.item.added"
        assert added[0]["item"]["content"][0]["text"] == "hello there"
        connection.response.create()
        events = until(connection, "response.done")
        limits = until(connection, "rate_limits.updated")[0]["rate_limits"]
    assert [limit["name"] for limit in limits] == ["requests", "tokens"]
    kinds = [event["type"] for event in events]
    assert kinds[:3] == ["response.created", "response.output_item.added", "conversation.item.added"]
    assert kinds[-3:] == ["response.output_item.done", "conversation.item.done", "response.done"]
    deltas = "".join(event["delta"] for event in events if event["type"] == "response.output_text.delta")
    assert deltas == "You said: hello there"
    done = events[-1]["response"]
    assert done["status"] == "completed"
    assert done["output"][0]["content"] == [{"type": "output_text", "text": deltas}]
    assert done["usage"]["output_tokens"] > 0
    assert {event["response_id"] for event in events if "response_id" in event} == {done["id"]}


@pytest.mark.anyio
async def test_text_round_trip_async(server: LocalServer) -> None:
    client = openai.AsyncOpenAI(api_key="sk-local", base_url=server.url)
    server.app.replies.add("capital", text="Paris is the capital of France.")
    async with client.realtime.connect(model="gpt-realtime") as connection:
        assert (await connection.recv()).type == "session.created"
        await connection.session.update(session={"type": "realtime", "output_modalities": ["text"]})
        await connection.conversation.item.create(item=user_text("What is the capital of France?"))
        await connection.response.create()
        text = ""
        async for event in connection:
            if event.type == "response.output_text.delta":
                text += event.delta
            if event.type == "response.done":
                break
    assert text == "Paris is the capital of France."


def test_function_call_round_trip(client: openai.OpenAI) -> None:
    with client.realtime.connect(model="gpt-realtime") as connection:
        until(connection, "session.created")
        text_only(connection, tools=[WEATHER_TOOL])
        connection.conversation.item.create(item=user_text("Please call get_weather for Paris"))
        until(connection, "conversation.item.done")
        connection.response.create()
        events = until(connection, "response.done")
        call = events[-1]["response"]["output"][0]
        assert call["type"] == "function_call" and call["name"] == "get_weather"
        streamed = "".join(e["delta"] for e in events if e["type"] == "response.function_call_arguments.delta")
        assert streamed == call["arguments"]
        assert set(json.loads(call["arguments"])) == {"city"}
        done = next(e for e in events if e["type"] == "response.function_call_arguments.done")
        assert (done["call_id"], done["name"]) == (call["call_id"], "get_weather")

        output = {"type": "function_call_output", "call_id": call["call_id"], "output": '{"sky": "sunny"}'}
        connection.conversation.item.create(item=output)
        until(connection, "conversation.item.done")
        connection.response.create()
        answer = until(connection, "response.done")[-1]["response"]["output"][0]
    assert answer["type"] == "message"
    assert "sunny" in answer["content"][0]["text"]


def test_no_tool_call_unless_asked(client: openai.OpenAI) -> None:
    with client.realtime.connect(model="gpt-realtime") as connection:
        until(connection, "session.created")
        text_only(connection, tools=[WEATHER_TOOL])
        connection.conversation.item.create(item=user_text("Tell me a joke"))
        connection.response.create()
        output = until(connection, "response.done")[-1]["response"]["output"]
    assert output[0]["type"] == "message"


def test_audio_in_is_transcribed(client: openai.OpenAI) -> None:
    speech = client.audio.speech.create(
        model="gpt-4o-mini-tts", voice="alloy", input="Book a table for two", response_format="pcm"
    ).content
    with client.realtime.connect(model="gpt-realtime") as connection:
        until(connection, "session.created")
        text_only(connection)
        for start in range(0, len(speech), 32_000):
            connection.input_audio_buffer.append(audio=base64.b64encode(speech[start : start + 32_000]).decode())
        connection.input_audio_buffer.commit()
        events = until(connection, "conversation.item.done")
        kinds = [event["type"] for event in events]
        assert kinds == [
            "input_audio_buffer.committed",
            "conversation.item.added",
            "conversation.item.input_audio_transcription.completed",
            "conversation.item.done",
        ]
        assert events[0]["item_id"] == events[2]["item_id"] == events[3]["item"]["id"]
        assert events[2]["transcript"] == "Book a table for two"
        assert events[3]["item"]["content"][0]["transcript"] == "Book a table for two"
        connection.response.create()
        reply = until(connection, "response.done")[-1]["response"]["output"][0]
    assert reply["content"][0]["text"] == "You said: Book a table for two"


def test_unknown_audio_gets_a_deterministic_transcript(client: openai.OpenAI) -> None:
    with client.realtime.connect(model="gpt-realtime") as connection:
        until(connection, "session.created")
        connection.input_audio_buffer.append(audio=base64.b64encode(bytes(48_000)).decode())  # 1 s of PCM
        connection.input_audio_buffer.commit()
        events = until(connection, "conversation.item.done")
    assert events[2]["transcript"] == "This is a transcription of 1 seconds of audio."


def test_audio_out_streams_speech_and_its_transcript(client: openai.OpenAI) -> None:
    with client.realtime.connect(model="gpt-realtime") as connection:
        until(connection, "session.created")  # output_modalities defaults to ["audio"]
        connection.conversation.item.create(item=user_text("hi"))
        connection.response.create()
        events = until(connection, "response.done")
        audio = b"".join(base64.b64decode(e["delta"]) for e in events if e["type"] == "response.output_audio.delta")
        transcript = "".join(e["delta"] for e in events if e["type"] == "response.output_audio_transcript.delta")
        assert transcript == "You said: hi"
        assert len(audio) >= 24_000  # at least 0.5 s of 24 kHz 16-bit PCM
        # The model's speech fed back in transcribes to what it said.
        connection.input_audio_buffer.append(audio=base64.b64encode(audio).decode())
        connection.input_audio_buffer.commit()
        heard = until(connection, "conversation.item.input_audio_transcription.completed")[-1]
    assert heard["transcript"] == "You said: hi"


def test_turn_detection_answers_a_commit(client: openai.OpenAI) -> None:
    with client.realtime.connect(model="gpt-realtime") as connection:
        until(connection, "session.created")
        text_only(connection, audio={"input": {"turn_detection": {"type": "server_vad"}}})
        connection.input_audio_buffer.append(audio=base64.b64encode(bytes(9_600)).decode())
        connection.input_audio_buffer.commit()
        events = until(connection, "response.done")
    assert "response.created" in [event["type"] for event in events]


@pytest.mark.parametrize(
    "bad, param, code",
    [
        ({"type": "no.such.event"}, "type", "invalid_value"),
        ({"type": "conversation.item.create"}, "item", "invalid_type"),
        (
            {"type": "conversation.item.create", "item": {"type": "message", "role": "robot", "content": []}},
            "item.role",
            "invalid_value",
        ),
        ({"type": "conversation.item.delete", "item_id": "item_nope"}, "item_id", "item_not_found"),
        ({"type": "input_audio_buffer.append", "audio": "not base64!"}, "audio", "invalid_base64"),
        ({"type": "input_audio_buffer.commit"}, None, "input_audio_buffer_commit_empty"),
        (
            {"type": "session.update", "session": {"type": "realtime", "output_modalities": ["video"]}},
            "session.output_modalities",
            "invalid_value",
        ),
    ],
)
def test_bad_event_gets_an_error_event_and_the_connection_stays_open(
    client: openai.OpenAI, bad: Dict[str, Any], param: Any, code: str
) -> None:
    with client.realtime.connect(model="gpt-realtime") as connection:
        until(connection, "session.created")
        connection.send({**bad, "event_id": "evt_client_1"})  # type: ignore[arg-type]
        error = until(connection, "error")[0]
        assert (error["error"]["param"], error["error"]["code"]) == (param, code)
        assert error["error"]["event_id"] == "evt_client_1"
        assert error["error"]["type"] == "invalid_request_error"
        text_only(connection)  # still answering


def test_invalid_json_gets_an_error_event(client: openai.OpenAI) -> None:
    with client.realtime.connect(model="gpt-realtime") as connection:
        until(connection, "session.created")
        connection.send_raw("{not json")
        assert until(connection, "error")[0]["error"]["code"] == "invalid_json"


def test_items_can_be_retrieved_and_deleted(client: openai.OpenAI) -> None:
    with client.realtime.connect(model="gpt-realtime") as connection:
        until(connection, "session.created")
        connection.conversation.item.create(item={**user_text("keep me"), "id": "item_mine"})
        until(connection, "conversation.item.done")
        connection.conversation.item.retrieve(item_id="item_mine")
        assert until(connection, "conversation.item.retrieved")[0]["item"]["id"] == "item_mine"
        connection.conversation.item.delete(item_id="item_mine")
        assert until(connection, "conversation.item.deleted")[0]["item_id"] == "item_mine"
        connection.conversation.item.retrieve(item_id="item_mine")
        assert until(connection, "error")[0]["error"]["code"] == "item_not_found"


def test_scripted_error_reply_fails_the_response(client: openai.OpenAI, server: LocalServer) -> None:
    server.app.replies.add("boom", error=500, message="Scripted failure.")
    with client.realtime.connect(model="gpt-realtime") as connection:
        until(connection, "session.created")
        connection.conversation.item.create(item=user_text("boom"))
        connection.response.create()
        events = until(connection, "response.done")
    assert [event["type"] for event in events][-3:] == ["response.created", "error", "response.done"]
    assert events[-2]["error"]["message"] == "Scripted failure."
    done = events[-1]["response"]
    assert done["status"] == "failed"
    assert done["status_details"]["error"] == {"type": "server_error", "code": "scripted_error"}


def test_beta_realtime_gets_the_beta_event_names(server: LocalServer) -> None:
    websocket_url = server.url.replace("http://", "ws://")
    client = openai.OpenAI(api_key="sk-local", base_url=server.url, websocket_base_url=websocket_url)
    with client.beta.realtime.connect(model="gpt-4o-realtime-preview") as connection:
        session = connection.recv()
        assert session.type == "session.created" and session.session.modalities == ["text", "audio"]
        connection.session.update(session={"modalities": ["text"]})
        connection.conversation.item.create(item=user_text("hello beta"))
        connection.response.create()
        events: List[Dict[str, Any]] = []
        while not events or events[-1]["type"] != "response.done":
            events.append(json.loads(connection.recv_bytes()))
    check_events(beta_types.RealtimeServerEvent, events)
    kinds = [event["type"] for event in events]
    assert "conversation.item.created" in kinds and "conversation.item.added" not in kinds
    text = "".join(event["delta"] for event in events if event["type"] == "response.text.delta")
    assert text == "You said: hello beta"
    assert events[-1]["response"]["output"][-1]["content"] == [{"type": "text", "text": text}]


def test_the_upgrade_is_recorded(client: openai.OpenAI, server: LocalServer) -> None:
    with client.realtime.connect(model="gpt-realtime") as connection:
        until(connection, "session.created")
    request = server.app.recorded()[-1]
    assert (request.method, request.path, request.query_value("model")) == ("GET", "/realtime", "gpt-realtime")


def test_missing_model_refuses_the_handshake() -> None:
    import websockets.exceptions
    from websockets.sync.client import connect

    with LocalServer(app=LocalAPI()) as server:
        url = server.url.replace("http://", "ws://") + "/realtime"
        with pytest.raises(websockets.exceptions.InvalidStatus) as refused:
            connect(url)
    assert refused.value.response.status_code == 400
    assert json.loads(refused.value.response.body)["error"]["param"] == "model"


def test_events_validate_as_openwire_generated_types(client: openai.OpenAI) -> None:
    import openwire.types.realtime as openwire_types

    from .realtime_helpers import event_classes

    with client.realtime.connect(model="gpt-realtime") as connection:
        events = until(connection, "session.created")
        text_only(connection, tools=[WEATHER_TOOL])
        for prompt in ("hello", "call get_weather"):
            connection.conversation.item.create(item=user_text(prompt))
            connection.response.create()
            events += until(connection, "rate_limits.updated")
        connection.input_audio_buffer.append(audio=base64.b64encode(bytes(9_600)).decode())
        connection.input_audio_buffer.commit()
        events += until(connection, "conversation.item.done")
    classes = event_classes(openwire_types.RealtimeServerEvent)
    checked = {event["type"] for event in events if event["type"] in classes}
    for event in events:
        if event["type"] in classes:
            classes[event["type"]].model_validate(event)  # required fields present, values of the right types
    assert {"session.created", "response.done", "conversation.item.added", "rate_limits.updated"} <= checked
