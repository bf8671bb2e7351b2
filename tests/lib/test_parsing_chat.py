"""``chat.completions.parse``: what is sent, what comes back, sync and async."""

from __future__ import annotations

import copy
import logging
import pickle
import warnings
from typing import Any, Dict, Iterator

import pydantic
import pytest
from replies import body, chat_reply, recording_clients, tool_call
from structured_models import Address, Person, Point, Simple, Tree

import openwire
from openwire.lib._parsing._completions import parse_chat_completion, type_to_response_format_param
from openwire.types.chat import ChatCompletion, ParsedChatCompletion, ParsedChatCompletionMessage, ParsedChoice
from openwire.types.chat.parsed_function_tool_call import ParsedFunction, ParsedFunctionToolCall

PERSON = '{"name":"n","address":{"street":"s","city":"c","zip":null},"previous":[]}'
SIMPLE_ARGS = '{"name":"n","age":1,"score":2.0,"active":true}'


def parse(client: Any, **kwargs: Any) -> Any:
    return client.chat.completions.parse(model="gpt-4o", messages=[{"role": "user", "content": "hi"}], **kwargs)


async def aparse(client: Any, **kwargs: Any) -> Any:
    return await client.chat.completions.parse(model="gpt-4o", messages=[{"role": "user", "content": "hi"}], **kwargs)


def test_the_answer_is_parsed_into_the_model() -> None:
    requests, client, _ = recording_clients(chat_reply(PERSON))
    completion = parse(client, response_format=Person)

    assert isinstance(completion, ParsedChatCompletion)
    message = completion.choices[0].message
    assert isinstance(message, ParsedChatCompletionMessage)
    assert isinstance(completion.choices[0], ParsedChoice)
    assert message.parsed == Person(name="n", address=Address(street="s", city="c"), previous=[])
    assert message.content == PERSON
    assert completion._request_id == "req_123"

    sent = body(requests[0])
    assert sent["stream"] is False
    assert sent["response_format"]["type"] == "json_schema"
    assert sent["response_format"]["json_schema"]["name"] == "Person"
    assert requests[0].url.path == "/v1/chat/completions"


@pytest.mark.anyio
async def test_async_parse() -> None:
    requests, _, client = recording_clients(chat_reply(PERSON))
    completion = await aparse(client, response_format=Person, tools=[openwire.pydantic_function_tool(Simple)])
    assert isinstance(completion.choices[0].message.parsed, Person)
    assert body(requests[0])["tools"][0]["function"]["name"] == "Simple"


def test_every_choice_is_parsed() -> None:
    reply = chat_reply('{"value":1,"children":[]}')
    reply["choices"].append(
        {**reply["choices"][0], "index": 1, "message": {"role": "assistant", "content": '{"value":2,"children":[]}'}}
    )
    _, client, _ = recording_clients(reply)
    completion = parse(client, response_format=Tree, n=2)
    assert [c.message.parsed.value for c in completion.choices] == [1, 2]


@pytest.mark.parametrize("content", [None, ""])
def test_no_content_parses_to_none(content: Any) -> None:
    _, client, _ = recording_clients(chat_reply(content))
    assert parse(client, response_format=Person).choices[0].message.parsed is None


def test_a_refusal_parses_to_none() -> None:
    _, client, _ = recording_clients(chat_reply(None, refusal="Sorry."))
    message = parse(client, response_format=Person).choices[0].message
    assert (message.parsed, message.refusal) == (None, "Sorry.")


def test_without_a_response_format_nothing_is_parsed_and_no_format_is_sent() -> None:
    requests, client, _ = recording_clients(chat_reply("hello"))
    completion = parse(client)
    assert completion.choices[0].message.parsed is None
    assert "response_format" not in body(requests[0])


def test_a_pydantic_dataclass_is_a_response_format_too() -> None:
    requests, client, _ = recording_clients(chat_reply('{"x":1,"y":2}'))
    assert parse(client, response_format=Point).choices[0].message.parsed == Point(x=1, y=2)
    assert body(requests[0])["response_format"]["json_schema"]["name"] == "Point"


@pytest.mark.parametrize(
    ("finish_reason", "error"),
    [("length", openwire.LengthFinishReasonError), ("content_filter", openwire.ContentFilterFinishReasonError)],
)
def test_cut_or_filtered_answers_raise_with_the_completion_and_usage(finish_reason: str, error: Any) -> None:
    _, client, _ = recording_clients(chat_reply('{"name":', finish_reason=finish_reason))
    with pytest.raises(error) as info:
        parse(client, response_format=Person)
    assert isinstance(info.value.completion, ChatCompletion)
    assert info.value.completion.choices[0].message.content == '{"name":'
    assert info.value.usage.completion_tokens == 7


def test_strict_tool_calls_carry_parsed_arguments() -> None:
    raw = {"type": "function", "function": {"name": "raw", "parameters": {"type": "object"}, "strict": True}}
    calls = [tool_call("Simple", SIMPLE_ARGS), tool_call("raw", '{"a": [1]}'), tool_call("other", "{}")]
    _, client, _ = recording_clients(chat_reply(None, finish_reason="tool_calls", tool_calls=calls))
    message = parse(client, tools=[openwire.pydantic_function_tool(Simple), raw]).choices[0].message

    assert message.tool_calls is not None
    assert all(isinstance(call, ParsedFunctionToolCall) for call in message.tool_calls)
    assert all(isinstance(call.function, ParsedFunction) for call in message.tool_calls)
    assert [call.function.parsed_arguments for call in message.tool_calls] == [
        Simple(name="n", age=1, score=2.0, active=True),
        {"a": [1]},
        None,
    ]


def test_tools_given_as_a_generator_are_sent_and_used_for_parsing() -> None:
    def tools() -> Iterator[Any]:
        yield openwire.pydantic_function_tool(Simple)

    requests, client, _ = recording_clients(chat_reply(None, tool_calls=[tool_call("Simple", SIMPLE_ARGS)]))
    message = parse(client, tools=tools()).choices[0].message
    assert body(requests[0])["tools"][0]["function"]["name"] == "Simple"
    assert isinstance(message.tool_calls[0].function.parsed_arguments, Simple)  # type: ignore[index]


def test_copies_of_a_helper_tool_keep_their_model() -> None:
    tool = openwire.pydantic_function_tool(Simple)
    for copied in ({**tool}, copy.deepcopy(tool), pickle.loads(pickle.dumps(tool))):
        _, client, _ = recording_clients(chat_reply(None, tool_calls=[tool_call("Simple", SIMPLE_ARGS)]))
        arguments = parse(client, tools=[copied]).choices[0].message.tool_calls[0].function.parsed_arguments
        assert isinstance(arguments, Simple)


def test_a_custom_tool_call_is_left_out_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    custom = {"id": "call_9", "type": "custom", "custom": {"name": "c", "input": "i"}}
    _, client, _ = recording_clients(chat_reply(None, tool_calls=[custom, tool_call("f", "{}")]))
    with caplog.at_level(logging.WARNING, logger="openwire"):
        message = parse(client).choices[0].message
    assert [call.id for call in message.tool_calls or []] == ["call_1"]
    assert "call_9" in caplog.text


@pytest.mark.parametrize(
    ("tools", "message"),
    [
        ([{"type": "function", "function": {"name": "loose", "parameters": {}}}], "'loose' is not strict"),
        ([{"type": "function", "function": {"name": "f", "strict": False}}], "'f' is not strict"),
        ([{"type": "custom", "custom": {"name": "c"}}], "Only function tools"),
    ],
)
def test_tools_that_cannot_be_parsed_are_refused_before_sending(tools: Any, message: str) -> None:
    requests, client, _ = recording_clients(chat_reply("{}"))
    with pytest.raises(ValueError, match=message):
        parse(client, tools=tools)
    assert requests == []


def test_an_unsupported_response_format_is_refused_before_sending() -> None:
    requests, client, _ = recording_clients(chat_reply("{}"))
    with pytest.raises(TypeError, match="pydantic model class"):
        parse(client, response_format=dict)
    assert requests == []


def test_invalid_answers_raise_the_validation_error() -> None:
    _, client, _ = recording_clients(chat_reply('{"name": 1}'))
    with pytest.raises(pydantic.ValidationError):
        parse(client, response_format=Person)


def test_request_options_and_extra_body_are_honoured() -> None:
    requests, client, _ = recording_clients(chat_reply(PERSON))
    parse(
        client,
        response_format=Person,
        temperature=0,
        extra_headers={"X-Trace": "1"},
        extra_query={"q": "v"},
        extra_body={"custom": True},
        timeout=3,
    )
    sent = body(requests[0])
    assert list(sent)[:2] == ["messages", "model"]
    assert sent["temperature"] == 0 and sent["custom"] is True
    assert requests[0].headers["x-trace"] == "1"
    assert requests[0].url.params["q"] == "v"
    assert requests[0].extensions["timeout"]["read"] == 3


def test_raw_and_streaming_responses_parse_too() -> None:
    _, client, _ = recording_clients(chat_reply(PERSON))
    raw = client.chat.completions.with_raw_response.parse(model="m", messages=[], response_format=Person)
    assert raw.headers["x-request-id"] == "req_123"
    assert isinstance(raw.parse().choices[0].message.parsed, Person)
    with client.chat.completions.with_streaming_response.parse(
        model="m", messages=[], response_format=Person
    ) as response:
        assert isinstance(response.parse().choices[0].message.parsed, Person)


@pytest.mark.anyio
async def test_async_raw_responses_parse_too() -> None:
    _, _, client = recording_clients(chat_reply(PERSON))
    raw = await client.chat.completions.with_raw_response.parse(model="m", messages=[], response_format=Person)
    assert isinstance(raw.parse().choices[0].message.parsed, Person)
    async with client.chat.completions.with_streaming_response.parse(
        model="m", messages=[], response_format=Person
    ) as response:
        assert isinstance((await response.parse()).choices[0].message.parsed, Person)


def test_parsed_completions_survive_pickle_and_deepcopy() -> None:
    _, client, _ = recording_clients(chat_reply(PERSON, tool_calls=[tool_call("Simple", SIMPLE_ARGS)]))
    completion = parse(client, response_format=Person, tools=[openwire.pydantic_function_tool(Simple)])
    assert type(completion) is ParsedChatCompletion[Person]

    for copied in (pickle.loads(pickle.dumps(completion)), copy.deepcopy(completion)):
        assert type(copied) is ParsedChatCompletion[Person]
        assert copied == completion
        assert copied.choices[0].message.parsed == completion.choices[0].message.parsed
        assert copied.to_dict() == completion.to_dict()
        assert copied._request_id == "req_123"
        assert isinstance(copied.choices[0].message.tool_calls[0].function.parsed_arguments, Simple)  # type: ignore[index]


def test_unset_fields_stay_unset_and_extras_are_kept() -> None:
    reply = chat_reply(PERSON)
    reply["choices"][0]["message"]["vendor_field"] = {"x": 1}
    reply["vendor_top"] = "v"
    _, client, _ = recording_clients(reply)
    completion = parse(client, response_format=Person)
    message = completion.choices[0].message

    assert message.vendor_field == {"x": 1}  # type: ignore[attr-defined]
    assert completion.vendor_top == "v"  # type: ignore[attr-defined]
    dumped = completion.to_dict()
    assert "refusal" not in dumped["choices"][0]["message"]  # type: ignore[index]
    assert dumped["choices"][0]["message"]["parsed"] == {  # type: ignore[index]
        "name": "n",
        "address": {"street": "s", "city": "c", "zip": None},
        "previous": [],
    }


def test_parsing_functions_work_on_a_completion_built_elsewhere() -> None:
    completion = ChatCompletion.model_validate(chat_reply('{"value":3,"children":[]}'))
    parsed = parse_chat_completion(response_format=Tree, input_tools=openwire.omit, chat_completion=completion)
    assert parsed.choices[0].message.parsed == Tree(value=3, children=[])
    assert type_to_response_format_param(openwire.omit) is openwire.omit
    response_format: Dict[str, Any] = {"type": "json_object"}
    assert type_to_response_format_param(response_format) is response_format


def test_generic_parsed_models_built_by_hand_pickle_too() -> None:
    person = {"name": "n", "address": {"street": "s", "city": "c"}, "previous": []}
    for cls, parsed in (
        (ParsedChatCompletion[Person], person),
        (ParsedChatCompletion[Point], {"x": 1, "y": 2}),
        (ParsedChatCompletion, {"any": "thing"}),
    ):
        payload = chat_reply("{}")
        payload["choices"][0]["message"]["parsed"] = parsed
        completion = cls.model_validate(payload)
        restored = pickle.loads(pickle.dumps(completion))
        assert type(restored) is cls
        assert restored == completion


def test_parsed_results_serialise_without_warnings() -> None:
    _, client, _ = recording_clients(chat_reply(PERSON, tool_calls=[tool_call("Simple", SIMPLE_ARGS)]))
    completion = parse(client, response_format=Person, tools=[openwire.pydantic_function_tool(Simple)])
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the reference warns here (its generics are typed as TypeVars)
        dumped = completion.to_dict()
        completion.to_json()
    assert dumped["choices"][0]["message"]["tool_calls"][0]["function"]["parsed_arguments"]["age"] == 1  # type: ignore[index]
