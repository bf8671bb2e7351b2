"""The pure parts of WebSocket sessions: close codes, back-off, the send queue, the overrides of
``on_reconnecting``, the upgrade request's URL and headers, event parsing and handlers."""

from __future__ import annotations

import json
from typing import Any, List

import pytest

from openwire import Omit, OpenAIError, WebSocketQueueFullError
from openwire.lib.websocket._events import EventHandlers, event_parser
from openwire.lib.websocket._handshake import (
    Endpoint,
    handshake_headers,
    session_query,
    socket_default_headers,
    websocket_url,
)
from openwire.lib.websocket._policy import (
    ReconnectPolicy,
    SendQueue,
    apply_overrides,
    backoff_delay,
    check_close,
    close_action,
)

REALTIME = Endpoint("realtime")
RESPONSES = Endpoint("responses")


# -- close codes --------------------------------------------------------------------------------


@pytest.mark.parametrize("code", [1000, 1001, 1005])
@pytest.mark.parametrize("can_reconnect", [False, True])
def test_clean_closes_end_the_session(code: int, can_reconnect: bool) -> None:
    assert close_action(code, can_reconnect=can_reconnect) == "end"


@pytest.mark.parametrize("code", [1006, None, 1011, 1012, 1013, 1015])
def test_recoverable_closes_reconnect_only_when_reconnection_is_on(code: Any) -> None:
    assert close_action(code, can_reconnect=True) == "reconnect"
    assert close_action(code, can_reconnect=False) == "raise"


@pytest.mark.parametrize("code", [1002, 1003, 1007, 1008, 1009, 1010, 1014, 3000, 4000, 4999])
def test_other_closes_are_errors(code: int) -> None:
    assert close_action(code, can_reconnect=True) == "raise"


@pytest.mark.parametrize("code", [1000, 1003, 1007, 1014, 3000, 4999])
def test_close_codes_a_client_may_send(code: int) -> None:
    check_close(code, "bye")


@pytest.mark.parametrize(
    "code, reason", [(999, ""), (1005, ""), (1006, ""), (1015, ""), (5000, ""), (True, ""), (1000, "x" * 124)]
)
def test_close_codes_and_reasons_the_protocol_refuses(code: Any, reason: str) -> None:
    with pytest.raises(ValueError, match="close"):
        check_close(code, reason)


# -- back-off -----------------------------------------------------------------------------------


def test_backoff_doubles_up_to_the_cap_with_a_jitter_of_three_quarters_to_one() -> None:
    lowest = [backoff_delay(n, 0.5, 3.0, jitter=lambda: 0.0) for n in range(1, 6)]
    highest = [backoff_delay(n, 0.5, 3.0, jitter=lambda: 1.0) for n in range(1, 6)]
    assert highest == [0.5, 1.0, 2.0, 3.0, 3.0]
    assert lowest == [0.375, 0.75, 1.5, 2.25, 2.25]


def _policy(**kwargs: Any) -> ReconnectPolicy:
    values: dict[str, Any] = dict(
        on_reconnecting=lambda event: None,
        max_retries=3,
        initial_delay=0.5,
        max_delay=8.0,
        extra_query={"a": "1"},
        extra_headers={"x-h": "1"},
    )
    values.update(kwargs)
    return ReconnectPolicy(**values)


def test_a_reconnecting_event_carries_the_attempt_the_close_code_and_the_current_extras() -> None:
    event = _policy().event(2, 1012)
    assert (event.attempt, event.max_attempts, event.close_code) == (2, 3, 1012)
    assert 0.75 <= event.delay <= 1.0
    assert event.extra_query == {"a": "1"} and event.extra_headers == {"x-h": "1"}


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"max_retries": -1}, "max_retries"),
        ({"max_retries": True}, "max_retries"),
        ({"initial_delay": -0.1}, "initial_delay"),
        ({"max_delay": "8"}, "max_delay"),
        ({"on_reconnecting": "not callable"}, "on_reconnecting"),
    ],
)
def test_bad_reconnection_settings_are_refused_naming_the_parameter(kwargs: Any, message: str) -> None:
    with pytest.raises((ValueError, TypeError), match=message):
        _policy(**kwargs)


def test_overrides_replace_the_extras_and_abort_stops() -> None:
    policy = _policy()
    assert apply_overrides(policy, None) is True
    assert apply_overrides(policy, {"extra_query": {"b": "2"}}) is True
    assert policy.extra_query == {"b": "2"} and policy.extra_headers == {"x-h": "1"}
    assert apply_overrides(policy, {"extra_headers": {}}) is True
    assert policy.extra_headers == {}
    assert apply_overrides(policy, {"abort": True}) is False
    with pytest.raises(TypeError, match="ReconnectingOverrides"):
        apply_overrides(policy, ["abort"])


# -- the send queue -----------------------------------------------------------------------------


def test_the_queue_holds_up_to_its_size_in_bytes_and_refuses_more_without_losing_anything() -> None:
    queue = SendQueue(10)
    queue.put("12345")
    queue.put(b"123")
    with pytest.raises(WebSocketQueueFullError, match="max_queue_size=10"):
        queue.put("é12")  # 4 bytes in UTF-8: 12 > 10
    queue.put("12")
    assert len(queue) == 3
    assert queue.peek() == "12345"
    queue.pop()
    queue.put("12345")  # room again
    assert queue.drain() == ["123", "12", "12345"]
    assert len(queue) == 0


def test_a_zero_size_queue_refuses_everything() -> None:
    with pytest.raises(WebSocketQueueFullError):
        SendQueue(0).put("x")
    with pytest.raises(ValueError, match="max_queue_size"):
        SendQueue(-1)


# -- the upgrade request ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "base, websocket_base, secure_only, expected",
    [
        ("http://h:1/v1/", None, False, "ws://h:1/v1/realtime?model=m"),
        ("https://h/v1/", None, False, "wss://h/v1/realtime?model=m"),
        ("http://h/v1/", None, True, "wss://h/v1/realtime?model=m"),
        ("http://h/v1/", "ws://other/x/", False, "ws://other/x/realtime?model=m"),
        ("http://h/v1/", "https://other/x", False, "wss://other/x/realtime?model=m"),
    ],
)
def test_the_socket_url(base: str, websocket_base: Any, secure_only: bool, expected: str) -> None:
    assert websocket_url(base, websocket_base, REALTIME, {"model": "m"}, secure_only=secure_only) == expected


def test_a_websocket_base_url_of_another_scheme_is_refused() -> None:
    with pytest.raises(ValueError, match="websocket_base_url"):
        websocket_url("http://h/", "ftp://h/", REALTIME, {}, secure_only=False)


def test_the_query_of_each_api() -> None:
    assert session_query(REALTIME, {"x": "1"}, model="m", call_id="c") == {"model": "m", "call_id": "c", "x": "1"}
    assert session_query(REALTIME, {"model": "other"}, model="m") == {"model": "other"}
    assert session_query(RESPONSES, {"x": "1"}) == {"x": "1"}
    azure = session_query(REALTIME, {"api-version": "x", "e": "1"}, model="m", azure_api_version="2025-04-01")
    assert azure == {"e": "1", "api-version": "2025-04-01", "deployment": "m"}
    assert session_query(REALTIME, {}, model="m", azure_api_version="v", azure_deployment="d")["deployment"] == "d"
    with pytest.raises(OpenAIError, match="`model` is required for the Azure Realtime API"):
        session_query(REALTIME, {}, azure_api_version="v")


def test_headers_merge_without_case_and_omit_drops_one() -> None:
    headers, user_agent = handshake_headers(
        {"user-agent": "UA", "openai-organization": "org", "x-gw": "1"},
        {"authorization": "Bearer k"},
        {"Authorization": "Bearer other", "X-GW": Omit(), "X-New": "n"},
        beta="realtime=v1",
    )
    assert headers == {
        "openai-organization": "org",
        "authorization": "Bearer other",
        "openai-beta": "realtime=v1",
        "x-new": "n",
    }
    assert user_agent == "UA"
    with pytest.raises(TypeError, match="'x-n'"):
        handshake_headers({}, {}, {"x-n": 1})


def test_the_socket_gets_the_clients_headers_but_not_accept_nor_the_per_request_ones() -> None:
    import openwire

    client = openwire.OpenAI(api_key="k", organization="org", project="proj", default_headers={"X-Gateway": "g"})
    headers = socket_default_headers(client)
    assert headers["openai-organization"] == "org" and headers["openai-project"] == "proj"
    assert headers["x-gateway"] == "g" and headers["user-agent"].startswith("OpenAI/Python")
    assert "accept" not in headers and not any(name.startswith("x-stainless") for name in headers)


# -- events -------------------------------------------------------------------------------------


def _realtime_parser() -> Any:
    from openwire.types.realtime.realtime_server_event import RealtimeServerEvent

    return event_parser(RealtimeServerEvent)


def test_known_events_parse_into_their_types() -> None:
    from openwire.types.realtime import InputAudioBufferClearedEvent, ResponseTextDeltaEvent

    parse = _realtime_parser()
    cleared = parse(b'{"type":"input_audio_buffer.cleared","event_id":"e1"}')
    assert isinstance(cleared, InputAudioBufferClearedEvent) and cleared.event_id == "e1"
    delta = parse(
        json.dumps(
            {
                "type": "response.output_text.delta",
                "event_id": "e",
                "response_id": "r",
                "item_id": "i",
                "output_index": 0,
                "content_index": 0,
                "delta": "hi",
            }
        )
    )
    assert isinstance(delta, ResponseTextDeltaEvent) and delta.delta == "hi"


def test_unknown_or_incomplete_events_are_kept_as_models() -> None:
    from openwire.types.realtime import SessionCreatedEvent

    parse = _realtime_parser()
    unknown = parse('{"type":"made.up","event_id":"u","x":1}')
    assert unknown.type == "made.up" and unknown.event_id == "u" and unknown.x == 1
    incomplete = parse('{"type":"session.created"}')
    assert isinstance(incomplete, SessionCreatedEvent) and incomplete.session is None


@pytest.mark.parametrize("data", ["{not json", b"\xff\xfe", "[1, 2]", '"text"'])
def test_messages_that_are_not_event_objects_are_typed_errors(data: Any) -> None:
    from openwire.lib.websocket.errors import InvalidWebSocketEventError

    with pytest.raises(InvalidWebSocketEventError) as info:
        _realtime_parser()(data)
    assert isinstance(info.value, OpenAIError) and isinstance(info.value, json.JSONDecodeError)


def test_handlers_in_order_once_ones_run_once_off_removes() -> None:
    handlers = EventHandlers()
    seen: List[str] = []
    first = lambda event: seen.append("first")  # noqa: E731
    handlers.add("x", first)
    handlers.add("x", lambda event: seen.append("once"), once=True)
    for _ in range(2):
        for handler in handlers.take("x"):
            handler(None)
    assert seen == ["first", "once", "first"]
    handlers.remove("x", first)
    handlers.remove("x", first)  # not registered any more: ignored
    assert handlers.take("x") == [] and handlers.take(None) == []
    with pytest.raises(TypeError, match="handler must be callable"):
        handlers.add("x", "nope")  # type: ignore[arg-type]
