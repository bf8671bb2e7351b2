"""The Realtime session without a socket: client events in, server events out (``sockets/realtime.py``)."""

from __future__ import annotations

import json
from typing import Any, Dict, List

import pytest

from openwire.local import LocalAPI, LocalServer
from openwire.local._wire import LocalRequest
from openwire.local.sockets.realtime import RealtimeSession, open_realtime
from openwire.local.sockets.responses import ResponsesSession


def send(target: Any, **event: Any) -> List[Dict[str, Any]]:
    return [out for out in target.receive(json.dumps(event)) if isinstance(out, dict)]


def response_done(events: List[Dict[str, Any]]) -> Dict[str, Any]:
    return next(event["response"] for event in events if event["type"] == "response.done")


def test_opening_is_session_created_with_the_model() -> None:
    session = RealtimeSession(LocalAPI(), "gpt-realtime-mini")
    (created,) = session.opening()
    assert isinstance(created, dict)
    assert created["type"] == "session.created"
    assert created["session"]["model"] == "gpt-realtime-mini"
    assert created["session"]["output_modalities"] == ["audio"]


def test_session_update_merges_nested_settings() -> None:
    session = RealtimeSession(LocalAPI(), "gpt-realtime")
    (updated,) = send(
        session, type="session.update", session={"type": "realtime", "audio": {"output": {"voice": "marin"}}}
    )
    audio = updated["session"]["audio"]
    assert audio["output"]["voice"] == "marin"
    assert audio["output"]["format"] == {"type": "audio/pcm", "rate": 24_000}  # kept


def test_previous_item_id_places_the_item() -> None:
    session = RealtimeSession(LocalAPI(), "gpt-realtime")
    item = {"type": "message", "role": "user", "content": [{"type": "input_text", "text": "a"}]}
    send(session, type="conversation.item.create", item={**item, "id": "item_a"})
    send(session, type="conversation.item.create", item={**item, "id": "item_c"})
    added = send(session, type="conversation.item.create", item={**item, "id": "item_b"}, previous_item_id="item_a")
    assert added[0]["previous_item_id"] == "item_a"
    assert [i["id"] for i in session.items] == ["item_a", "item_b", "item_c"]
    send(session, type="conversation.item.create", item={**item, "id": "item_0"}, previous_item_id="root")
    assert session.items[0]["id"] == "item_0"


def test_out_of_band_response_leaves_the_conversation_alone() -> None:
    session = RealtimeSession(LocalAPI(), "gpt-realtime")
    user = {"type": "message", "role": "user", "content": [{"type": "input_text", "text": "side question"}]}
    events = send(
        session,
        type="response.create",
        response={"conversation": "none", "input": [user], "output_modalities": ["text"]},
    )
    assert events[-1]["type"] == "rate_limits.updated"
    done = response_done(events)
    assert done["conversation_id"] is None
    assert done["output"][0]["content"][0]["text"] == "You said: side question"
    assert session.items == []


def test_scripted_delay_is_a_pause_before_the_response() -> None:
    app = LocalAPI()
    app.replies.add(text="later", delay=0.25)
    session = RealtimeSession(app, "gpt-realtime")
    out = list(session.receive(json.dumps({"type": "response.create"})))
    assert out[0] == 0.25


def test_beta_header_picks_the_beta_names() -> None:
    request = LocalRequest.build("GET", "/v1/realtime?model=m", headers={"OpenAI-Beta": "realtime=v1"})
    session = open_realtime(LocalAPI(), request)
    assert session.beta and session.names.item_added == "conversation.item.created"


def test_responses_session_answers_like_the_http_route() -> None:
    session = ResponsesSession(LocalAPI(), {})
    events = send(session, type="response.create", model="gpt-5", input="hi")
    assert events[0]["type"] == "response.created" and events[-1]["type"] == "response.completed"
    (error,) = send(session, type="response.create", model="gpt-5", input="x", stream=False)
    assert error["param"] == "stream"


def test_missing_websockets_package_refuses_with_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "websockets" else real(name, *a))
    refusal = LocalAPI().open_socket(
        LocalRequest.build("GET", "/v1/realtime?model=m", headers={"Upgrade": "websocket"})
    )
    assert not isinstance(refusal, tuple)
    assert refusal.status == 501
    assert isinstance(refusal.body, bytes) and b"openwire[realtime]" in refusal.body


def test_a_bug_in_a_session_closes_with_1011(monkeypatch: pytest.MonkeyPatch) -> None:
    import websockets.exceptions
    from websockets.sync.client import connect

    def broken(self: Any, payload: Any) -> Any:
        raise RuntimeError("bug")

    monkeypatch.setitem(
        __import__("openwire.local.sockets.realtime", fromlist=["_HANDLERS"])._HANDLERS, "session.update", broken
    )
    with LocalServer() as server, connect(server.url.replace("http", "ws") + "/realtime?model=m") as socket:
        socket.recv(timeout=5)
        socket.send(json.dumps({"type": "session.update", "session": {}}))
        with pytest.raises(websockets.exceptions.ConnectionClosedError) as closed:
            socket.recv(timeout=5)
    assert closed.value.rcvd is not None and closed.value.rcvd.code == 1011


def test_truncate_an_assistant_message() -> None:
    session = RealtimeSession(LocalAPI(), "gpt-realtime")
    send(session, type="conversation.item.create", item={"type": "message", "role": "user", "content": []})
    done = response_done(send(session, type="response.create"))
    spoken = done["output"][0]
    assert spoken["content"][0]["transcript"] == "Hello from the openwire local server."
    (truncated,) = send(
        session, type="conversation.item.truncate", item_id=spoken["id"], content_index=0, audio_end_ms=200
    )
    assert (truncated["type"], truncated["audio_end_ms"]) == ("conversation.item.truncated", 200)
    assert "transcript" not in session.items[-1]["content"][0]
    (error,) = send(session, type="conversation.item.truncate", item_id=session.items[0]["id"], audio_end_ms=1)
    assert error["type"] == "error" and error["error"]["param"] == "item_id"
