"""``ResponseStreamState`` without I/O: which events are handed out (and with what added),
the snapshot they grow, and the final parsed response."""

from __future__ import annotations

import json
from typing import Any, Dict, List, Sequence

import pytest
import stream_recordings as rec

from openwire import omit, pydantic_function_tool
from openwire._models import parse_json
from openwire.lib._parsing._responses import prepare_input_tools
from openwire.lib.streaming.responses import (
    ResponseCompletedEvent,
    ResponseStreamState,
    ResponseTextDeltaEvent,
    ResponseTextDoneEvent,
)
from openwire.types.responses import ResponseStreamEvent as RawEvent

RESPONSES_WEATHER_TOOL = {
    "type": "function",
    "name": "get_weather",
    "parameters": rec.WEATHER_TOOL["function"]["parameters"],
    "strict": True,
}


def parse_event(payload: Dict[str, Any]) -> Any:
    return parse_json(RawEvent, json.dumps(payload))  # type: ignore[arg-type]


def feed(events: Sequence[Dict[str, Any]], **options: Any) -> tuple[ResponseStreamState[Any], List[Any], List[Any]]:
    state: ResponseStreamState[Any] = ResponseStreamState(**{"input_tools": omit, "text_format": omit, **options})
    raw = [parse_event(payload) for payload in events]
    out: List[Any] = []
    for event in raw:
        out.extend(state.handle_event(event))
    return state, raw, out


def test_events_are_handed_out_in_order_with_text_snapshots() -> None:
    state, raw, out = feed(rec.responses_text())

    assert [e.type for e in out] == [e["type"] for e in rec.responses_text()]
    deltas = [e for e in out if e.type == "response.output_text.delta"]
    assert all(isinstance(e, ResponseTextDeltaEvent) for e in deltas)
    assert [(e.delta, e.snapshot) for e in deltas] == [
        ("Hel", "Hel"),
        ("lo, wörld", "Hello, wörld"),
        (" ✓", "Hello, wörld ✓"),
    ]
    (done,) = [e for e in out if e.type == "response.output_text.done"]
    assert isinstance(done, ResponseTextDoneEvent) and done.parsed is None
    # Events that carry nothing more are handed out as received.
    assert out[0] is raw[0] and out[2] is raw[2]
    completed = out[-1]
    assert isinstance(completed, ResponseCompletedEvent)
    assert completed.response.output_text == "Hello, wörld ✓"
    assert state.final_response is completed.response


def test_text_format_and_strict_tools_are_parsed() -> None:
    tools = prepare_input_tools([RESPONSES_WEATHER_TOOL])
    state, _, out = feed(rec.responses_structured_and_call(), text_format=rec.Weather, input_tools=tools)

    (done,) = [e for e in out if e.type == "response.output_text.done"]
    weather = rec.Weather(city="Paris", temperatures=[], note="sunny")
    assert done.parsed == weather
    arguments = [e for e in out if e.type == "response.function_call_arguments.delta"]
    assert [(e.delta, e.snapshot) for e in arguments] == [('{"city":', '{"city":'), (' "Rome"}', '{"city": "Rome"}')]
    final = state.final_response
    assert final.output_parsed == weather
    assert final.output[1].parsed_arguments == {"city": "Rome"}


def test_a_pydantic_function_tool_parses_into_its_model() -> None:
    events = rec.responses_structured_and_call()
    for event in events:  # the call is to a tool named after the model
        for holder in (event, event.get("item") or {}):
            if holder.get("name") == "get_weather":
                holder["name"] = "GetWeather"
    events[-1]["response"]["output"][1]["arguments"] = '{"city": "Rome", "days": 2}'
    tools = prepare_input_tools([pydantic_function_tool(rec.GetWeather)])

    state, _, _ = feed(events, input_tools=tools)

    assert state.final_response.output[1].parsed_arguments == rec.GetWeather(city="Rome", days=2)


def test_the_snapshot_grows_with_every_kind_of_delta() -> None:
    state, raw, _ = feed(rec.responses_reasoning_and_refusal())

    snapshot = state.current_response_snapshot
    reasoning, message = snapshot.output
    assert reasoning.summary[0].text == "Thinking."
    assert message.content[0].refusal == "No can do."
    assert snapshot.status == "completed"  # response-level fields follow the response.* events
    # What was handed out is never changed afterwards: the snapshot holds copies.
    added = next(e for e in raw if e.type == "response.output_item.added" and e.item.type == "message")
    assert added.item.content == []


def test_the_snapshot_mid_stream() -> None:
    events = rec.responses_text()
    state: ResponseStreamState[Any] = ResponseStreamState(input_tools=omit, text_format=omit)
    for payload in events[:6]:  # created, in_progress, item added, part added, two deltas
        state.handle_event(parse_event(payload))

    snapshot = state.current_response_snapshot
    assert snapshot.output[0].content[0].text == "Hello, wörld"
    assert snapshot.output_text == "Hello, wörld"
    assert state.accumulate_event(parse_event(events[6])) is snapshot
    assert snapshot.output_text == "Hello, wörld ✓"


def test_no_completed_event_means_no_final_response() -> None:
    state, _, out = feed(rec.responses_incomplete())

    assert out[-1].type == "response.incomplete"
    with pytest.raises(RuntimeError, match=r"Didn't receive a `response.completed` event\. .*response\.incomplete"):
        state.final_response  # noqa: B018
    assert state.current_response_snapshot.output_text == "Once upon a time"
    assert state.current_response_snapshot.incomplete_details.reason == "max_output_tokens"


def test_item_events_before_the_response_was_created() -> None:
    state: ResponseStreamState[Any] = ResponseStreamState(input_tools=omit, text_format=omit)
    error = parse_event(
        {"type": "error", "code": "server_error", "message": "boom", "param": None, "sequence_number": 0}
    )

    assert state.handle_event(error) == [error]  # needs no snapshot: handed out
    with pytest.raises(RuntimeError, match=r"Expected to have received `response\.created` before"):
        state.handle_event(parse_event(rec.responses_text()[2]))


def test_a_delta_for_an_unknown_item_says_so() -> None:
    events = rec.responses_text()
    state: ResponseStreamState[Any] = ResponseStreamState(input_tools=omit, text_format=omit)
    state.handle_event(parse_event(events[0]))
    delta = dict(events[4], output_index=3, item_id="msg_other")

    with pytest.raises(RuntimeError, match="never added"):
        state.handle_event(parse_event(delta))
