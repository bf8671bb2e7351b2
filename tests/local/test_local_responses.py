"""The Responses API: create, stream (events in the real order), background, retrieve, cancel, delete, input items."""

from __future__ import annotations

import json
from typing import Any

import pytest

from openwire import BadRequestError, NotFoundError
from openwire.local import LocalAPI
from openwire.types.responses import Response, ResponseItem, ResponseStreamEvent

from .conftest import Api
from .strict import strict

TEXT_EVENTS = [
    "response.created",
    "response.in_progress",
    "response.output_item.added",
    "response.content_part.added",
    "response.output_text.delta",
    "response.output_text.delta",
    "response.output_text.delta",
    "response.output_text.done",
    "response.content_part.done",
    "response.output_item.done",
    "response.completed",
]
TOOL = {
    "type": "function",
    "name": "lookup",
    "parameters": {"type": "object", "properties": {"q": {"type": "string"}}, "required": ["q"]},
}


def post(app: LocalAPI, **body: Any) -> Any:
    response = app.handle("POST", "/v1/responses", json.dumps(body).encode())
    if isinstance(response.body, bytes):
        return json.loads(response.body)
    return b"".join(response.body).decode()


def test_create_echoes_and_parses_strictly(app: LocalAPI) -> None:
    body = post(app, model="gpt-4o", input="hi there", instructions="be brief", metadata={"k": "v"})
    response = strict(Response, body)
    assert response.output_text == "You said: hi there"
    assert (response.status, response.instructions, response.metadata) == ("completed", "be brief", {"k": "v"})
    assert response.usage.total_tokens == response.usage.input_tokens + response.usage.output_tokens


def test_stream_events_order_shapes_and_sequence_numbers(app: LocalAPI) -> None:
    raw = post(app, model="gpt-4o", input="yo", stream=True)
    blocks = [block for block in raw.split("\n\n") if block]
    names = [block.split("\n")[0].removeprefix("event: ") for block in blocks]
    payloads = [json.loads(block.split("\n")[1].removeprefix("data: ")) for block in blocks]
    assert names == TEXT_EVENTS == [payload["type"] for payload in payloads]
    assert [payload["sequence_number"] for payload in payloads] == list(range(len(payloads)))
    events = [strict(ResponseStreamEvent, payload) for payload in payloads]
    assert events[0].response.status == "in_progress" and events[0].response.output == []
    assert "".join(e.delta for e in events if e.type == "response.output_text.delta") == "You said: yo"
    assert events[-1].response.output_text == "You said: yo"
    assert events[2].item.id == events[-2].item.id == events[4].item_id


def test_streamed_function_call_and_refusal_events(app: LocalAPI) -> None:
    raw = post(app, model="m", input="find", tools=[TOOL], tool_choice="required", stream=True)
    types = [json.loads(b.split("\n")[1][6:])["type"] for b in raw.split("\n\n") if b]
    assert types[2] == "response.output_item.added"
    assert "response.function_call_arguments.delta" in types and "response.function_call_arguments.done" in types
    app.replies.add(refusal="No.")
    raw = post(app, model="m", input="x", stream=True)
    payloads = [json.loads(b.split("\n")[1][6:]) for b in raw.split("\n\n") if b]
    for payload in payloads:
        strict(ResponseStreamEvent, payload)
    assert [p["type"] for p in payloads][3:7] == [
        "response.content_part.added",
        "response.refusal.delta",
        "response.refusal.done",
        "response.content_part.done",
    ]


def test_stream_through_clients(api: Api) -> None:
    events = api.collect(lambda c: c.responses.create(model="gpt-4o", input="hello you", stream=True))
    assert [e.type for e in events][:2] == ["response.created", "response.in_progress"]
    assert events[-1].type == "response.completed"
    assert "".join(e.delta for e in events if e.type == "response.output_text.delta") == "You said: hello you"


def test_tool_call_and_structured_output(api: Api) -> None:
    api.app.replies.add("find", tool_call="lookup", arguments='{"q": "x"}')
    response = api.call(lambda c: c.responses.create(model="m", input="find it", tools=[TOOL]))
    call = response.output[0]
    assert (call.type, call.name, call.arguments) == ("function_call", "lookup", '{"q": "x"}')
    schema = {
        "type": "object",
        "properties": {"title": {"type": "string"}, "tags": {"type": "array", "items": {"type": "string"}}},
        "required": ["title", "tags"],
        "additionalProperties": False,
    }
    text = {"format": {"type": "json_schema", "name": "doc", "schema": schema, "strict": True}}
    response = api.call(lambda c: c.responses.create(model="m", input="doc", text=text))
    assert json.loads(response.output_text) == {"title": "title", "tags": ["tags"]}


def test_retrieve_input_items_and_delete(api: Api) -> None:
    messages = [{"role": "user", "content": f"m{i}"} for i in range(5)]
    created = api.call(lambda c: c.responses.create(model="m", input=messages))
    assert api.call(lambda c: c.responses.retrieve(created.id)).output_text == "You said: m4"
    page = api.call(lambda c: c.responses.input_items.list(created.id, limit=2))
    assert [item.content[0].text for item in page.data] == ["m4", "m3"] and page.has_more
    asc = api.call(lambda c: c.responses.input_items.list(created.id, order="asc", limit=10))
    assert [item.content[0].text for item in asc.data] == [f"m{i}" for i in range(5)] and not asc.has_more
    api.call(lambda c: c.responses.delete(created.id))
    with pytest.raises(NotFoundError):
        api.call(lambda c: c.responses.retrieve(created.id))


def test_input_items_parse_strictly(app: LocalAPI) -> None:
    items = [
        {"role": "user", "content": "a"},
        {"role": "assistant", "content": "b"},
        {"type": "function_call_output", "call_id": "call_1", "output": "42"},
    ]
    created = post(app, model="m", input=items)
    page = json.loads(app.handle("GET", f"/v1/responses/{created['id']}/input_items?order=asc").body)  # type: ignore[arg-type]
    assert page["first_id"] == page["data"][0]["id"] and page["last_id"] == page["data"][-1]["id"]
    for item in page["data"]:
        strict(ResponseItem, item)


def test_background_lifecycle_and_cancel(api: Api) -> None:
    api.app.lifecycle_step = 60
    queued = api.call(lambda c: c.responses.create(model="m", input="later", background=True))
    assert (queued.status, queued.output) == ("queued", [])
    assert api.call(lambda c: c.responses.retrieve(queued.id)).status == "in_progress"
    done = api.call(lambda c: c.responses.retrieve(queued.id))
    assert (done.status, done.output_text) == ("completed", "You said: later")
    other = api.call(lambda c: c.responses.create(model="m", input="x", background=True))
    assert api.call(lambda c: c.responses.cancel(other.id)).status == "cancelled"
    with pytest.raises(BadRequestError):
        api.call(lambda c: c.responses.cancel(done.id))


def test_foreground_response_cannot_be_cancelled(api: Api) -> None:
    created = api.call(lambda c: c.responses.create(model="m", input="x"))
    with pytest.raises(BadRequestError, match="background"):
        api.call(lambda c: c.responses.cancel(created.id))


def test_max_output_tokens_makes_it_incomplete(api: Api) -> None:
    response = api.call(lambda c: c.responses.create(model="m", input="one two three", max_output_tokens=16))
    assert response.status == "completed"
    short = api.call(lambda c: c.responses.create(model="m", input="one two three four", max_output_tokens=1))
    assert (short.status, short.incomplete_details.reason, short.output_text) == (
        "incomplete",
        "max_output_tokens",
        "You",
    )


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({"input": "x"}, "model"),
        ({"model": "m"}, "input"),
        ({"model": "m", "input": [{"role": "wizard", "content": "x"}]}, "input[0].role"),
        ({"model": "m", "input": "x", "previous_response_id": "resp_nope"}, "previous_response_id"),
        ({"model": "m", "input": "x", "text": {"format": {"type": "json_schema", "schema": {}}}}, "text.format.name"),
    ],
)
def test_malformed_requests_name_the_param(app: LocalAPI, body: Any, param: str) -> None:
    response = app.handle("POST", "/v1/responses", json.dumps(body).encode())
    assert response.status == 400
    assert json.loads(response.body)["error"]["param"] == param  # type: ignore[arg-type]


def test_store_false_is_not_retrievable(app: LocalAPI) -> None:
    created = post(app, model="m", input="x", store=False)
    assert app.handle("GET", f"/v1/responses/{created['id']}").status == 404
