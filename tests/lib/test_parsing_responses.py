"""``responses.parse`` and ``Response.output_text``: what is sent, what comes back."""

from __future__ import annotations

import copy
import pickle
from typing import Any

import pydantic
import pytest
from replies import body, function_call, message_item, output_text, recording_clients, responses_reply
from structured_models import Address, Point, Simple

import openwire
from openwire._output_text import output_text as output_text_of
from openwire.lib._parsing._responses import parse_response
from openwire.types.responses import (
    ParsedResponse,
    ParsedResponseFunctionToolCall,
    ParsedResponseOutputMessage,
    ParsedResponseOutputText,
    Response,
)

ADDRESS = '{"street":"s","city":"c","zip":null}'


def test_the_answer_is_parsed_into_the_model() -> None:
    reply = responses_reply([{"type": "reasoning", "id": "rs", "summary": []}, message_item(output_text(ADDRESS))])
    requests, client, _ = recording_clients(reply)
    response = client.responses.parse(model="gpt-4o", input="hi", text_format=Address)

    assert isinstance(response, ParsedResponse)
    assert response.output_parsed == Address(street="s", city="c")
    assert response.output_text == ADDRESS
    message = response.output[1]
    assert isinstance(message, ParsedResponseOutputMessage)
    assert isinstance(message.content[0], ParsedResponseOutputText)
    assert response._request_id == "req_123"

    text = body(requests[0])["text"]
    assert text["format"]["type"] == "json_schema" and text["format"]["strict"] is True
    assert text["format"]["name"] == "Address"


@pytest.mark.anyio
async def test_async_parse() -> None:
    _, _, client = recording_clients(responses_reply([message_item(output_text('{"x":1,"y":2}'))]))
    response = await client.responses.parse(model="gpt-4o", input="hi", text_format=Point)
    assert response.output_parsed == Point(x=1, y=2)


def test_text_options_are_kept_beside_the_format() -> None:
    requests, client, _ = recording_clients(responses_reply([]))
    client.responses.parse(input="x", text_format=Address, text={"verbosity": "low"})
    assert list(body(requests[0])["text"]) == ["verbosity", "format"]


def test_text_format_and_text_format_key_cannot_be_mixed() -> None:
    requests, client, _ = recording_clients(responses_reply([]))
    with pytest.raises(TypeError, match="not both"):
        client.responses.parse(input="x", text_format=Address, text={"format": {"type": "text"}})
    assert requests == []


def test_without_text_format_nothing_is_parsed() -> None:
    requests, client, _ = recording_clients(responses_reply([message_item(output_text("hi"))]))
    response = client.responses.parse(input="x", text={"format": {"type": "json_object"}})
    assert response.output_parsed is None
    assert response.output_text == "hi"
    assert body(requests[0])["text"] == {"format": {"type": "json_object"}}


def test_a_refusal_parses_to_none() -> None:
    _, client, _ = recording_clients(responses_reply([message_item({"type": "refusal", "refusal": "no"})]))
    response = client.responses.parse(input="x", text_format=Address)
    assert response.output_parsed is None
    assert response.output_text == ""


def test_function_calls_carry_parsed_arguments() -> None:
    raw = {"type": "function", "name": "raw", "parameters": {"type": "object"}, "strict": True}
    loose = {"type": "function", "name": "loose", "parameters": {"type": "object"}}
    output = [function_call("Address", ADDRESS), function_call("raw", '{"k":1}'), function_call("loose", "{}")]
    requests, client, _ = recording_clients(responses_reply(output))
    response = client.responses.parse(input="x", tools=[openwire.pydantic_function_tool(Address), raw, loose])

    assert all(isinstance(item, ParsedResponseFunctionToolCall) for item in response.output)
    assert [item.parsed_arguments for item in response.output] == [Address(street="s", city="c"), {"k": 1}, None]  # type: ignore[union-attr]
    sent = body(requests[0])["tools"][0]
    assert sent == {
        "type": "function",
        "name": "Address",
        "description": None,
        "parameters": sent["parameters"],
        "strict": True,
    }


def test_unknown_and_raw_output_items_are_kept() -> None:
    output = [{"type": "brand_new_item", "id": "x", "data": 1}, message_item(output_text(ADDRESS))]
    _, client, _ = recording_clients(responses_reply(output))
    response = client.responses.parse(input="x", text_format=Address)
    assert response.output_parsed == Address(street="s", city="c")
    assert getattr(response.output[0], "type", None) == "brand_new_item"


def test_invalid_answers_raise_the_validation_error() -> None:
    _, client, _ = recording_clients(responses_reply([message_item(output_text('{"street": 1}'))]))
    with pytest.raises(pydantic.ValidationError):
        client.responses.parse(input="x", text_format=Address)


def test_an_unsupported_text_format_is_refused_before_sending() -> None:
    requests, client, _ = recording_clients(responses_reply([]))
    with pytest.raises(TypeError, match="text_format"):
        client.responses.parse(input="x", text_format=int)
    assert requests == []


def test_raw_responses_parse_too() -> None:
    _, client, _ = recording_clients(responses_reply([message_item(output_text(ADDRESS))]))
    raw = client.responses.with_raw_response.parse(input="x", text_format=Address)
    assert raw.parse().output_parsed == Address(street="s", city="c")


@pytest.mark.anyio
async def test_async_raw_responses_parse_too() -> None:
    _, _, client = recording_clients(responses_reply([message_item(output_text(ADDRESS))]))
    raw = await client.responses.with_raw_response.parse(input="x", text_format=Address)
    assert raw.parse().output_parsed == Address(street="s", city="c")


def test_parsed_responses_survive_pickle_and_deepcopy() -> None:
    output = [
        message_item(output_text(ADDRESS)),
        function_call("Simple", '{"name":"n","age":1,"score":1,"active":true}'),
    ]
    _, client, _ = recording_clients(responses_reply(output))
    response = client.responses.parse(input="x", text_format=Address, tools=[openwire.pydantic_function_tool(Simple)])
    assert type(response) is ParsedResponse[Address]
    for copied in (pickle.loads(pickle.dumps(response)), copy.deepcopy(response)):
        assert type(copied) is ParsedResponse[Address]
        assert copied == response
        assert copied.output_parsed == Address(street="s", city="c")
        assert isinstance(copied.output[1].parsed_arguments, Simple)  # type: ignore[union-attr]


def test_output_text_joins_every_text_part_of_every_message() -> None:
    response = Response.model_validate(
        responses_reply(
            [
                message_item(output_text("a"), {"type": "refusal", "refusal": "r"}, output_text("b")),
                {"type": "reasoning", "id": "rs", "summary": []},
                message_item(output_text("c")),
            ]
        )
    )
    assert response.output_text == "abc"
    assert Response.model_validate(responses_reply([])).output_text == ""
    assert output_text_of(object()) == ""
    assert "output_text" not in response.to_dict()


def test_parse_response_works_on_a_response_built_elsewhere() -> None:
    response = Response.model_validate(responses_reply([message_item(output_text(ADDRESS))]))
    parsed: Any = parse_response(text_format=Address, input_tools=openwire.omit, response=response)
    assert parsed.output_parsed == Address(street="s", city="c")
