"""Differential tests of structured outputs: the same ``parse(...)`` call through the reference
SDK (``openai`` 2.54.0, a black box behind ``httpx.MockTransport``) and through openwire.

Both must send byte-identical JSON bodies (so the same strict JSON schema) for every model in
``structured_models``, parse the same answer into equal objects, and raise the same errors.
Where openwire deliberately differs, the test states the difference.
"""

from __future__ import annotations

import json
import warnings
from typing import Any, Callable, Dict, List, Tuple

import httpx
import openai
import pydantic
import pytest
from replies import chat_reply, function_call, message_item, output_text, responses_reply, tool_call
from structured_models import MODELS, SAMPLES, Address, Dates, Person, Simple, Tree, Wrapper

import openwire

Handler = Callable[[httpx.Request], httpx.Response]


def both_clients(reply: Dict[str, Any]) -> Tuple[List[bytes], Any, Any]:
    """(bodies sent, reference client, openwire client), both answering ``reply``."""
    bodies: List[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(request.content)
        return httpx.Response(200, json=reply)

    options: Dict[str, Any] = {"api_key": "sk-test", "base_url": "http://test/v1", "max_retries": 0}
    reference = openai.OpenAI(http_client=httpx.Client(transport=httpx.MockTransport(handler)), **options)
    ours = openwire.OpenAI(http_client=httpx.Client(transport=httpx.MockTransport(handler)), **options)
    return bodies, reference, ours


def call_both(reply: Dict[str, Any], call: Callable[[Any], Any]) -> Tuple[Any, Any, bytes, bytes]:
    """Run ``call`` on both clients: (reference result, ours, reference body, our body)."""
    bodies, reference, ours = both_clients(reply)
    theirs_result = call(reference)
    ours_result = call(ours)
    assert len(bodies) == 2
    return theirs_result, ours_result, bodies[0], bodies[1]


def dump(value: Any) -> Any:
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json")
    if value is not None and pydantic.dataclasses.is_pydantic_dataclass(type(value)):
        return pydantic.TypeAdapter(type(value)).dump_python(value, mode="json")
    return value


def to_dict(value: Any) -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the reference warns while serialising its generics
        return value.to_dict(mode="json")


# -- the schema sent -------------------------------------------------------------------------


def test_the_sample_set_covers_at_least_fifteen_models() -> None:
    assert len(MODELS) >= 15


@pytest.mark.parametrize(("model", "answer"), SAMPLES, ids=[m.__name__ for m in MODELS])
def test_chat_parse_sends_the_same_body_and_parses_the_same(model: Any, answer: str) -> None:
    def call(client: Any) -> Any:
        return client.chat.completions.parse(
            model="gpt-4o", messages=[{"role": "user", "content": "hi"}], response_format=model
        )

    theirs, ours, their_body, our_body = call_both(chat_reply(answer), call)
    assert our_body == their_body
    assert json.loads(our_body)["response_format"]["json_schema"]["strict"] is True
    assert type(ours.choices[0].message.parsed) is model
    assert dump(ours.choices[0].message.parsed) == dump(theirs.choices[0].message.parsed)
    assert to_dict(ours) == to_dict(theirs)


@pytest.mark.parametrize(("model", "answer"), SAMPLES, ids=[m.__name__ for m in MODELS])
def test_responses_parse_sends_the_same_body_and_parses_the_same(model: Any, answer: str) -> None:
    def call(client: Any) -> Any:
        return client.responses.parse(model="gpt-4o", input="hi", text_format=model)

    reply = responses_reply([message_item(output_text(answer))])
    theirs, ours, their_body, our_body = call_both(reply, call)
    assert our_body == their_body
    assert type(ours.output_parsed) is model
    assert dump(ours.output_parsed) == dump(theirs.output_parsed)
    assert ours.output_text == theirs.output_text == answer
    assert to_dict(ours) == to_dict(theirs)


@pytest.mark.parametrize("model", [m for m in MODELS if issubclass(m, pydantic.BaseModel)], ids=lambda m: m.__name__)
def test_pydantic_function_tool_is_the_same(model: Any) -> None:
    assert json.dumps(openwire.pydantic_function_tool(model)) == json.dumps(openai.pydantic_function_tool(model))
    named = {"name": "custom_name", "description": "Does things."}
    assert json.dumps(openwire.pydantic_function_tool(model, **named)) == json.dumps(
        openai.pydantic_function_tool(model, **named)
    )


def test_many_parameters_are_sent_in_the_same_order() -> None:
    def chat(client: Any) -> Any:
        return client.chat.completions.parse(
            model="gpt-4o",
            messages=[{"role": "user", "content": "hi"}],
            response_format=Person,
            tools=[client_tool(client, Address)],
            temperature=0.2,
            top_p=0.9,
            n=1,
            seed=4,
            stop=["x"],
            metadata={"k": "v"},
            max_completion_tokens=50,
            parallel_tool_calls=False,
            tool_choice="auto",
            user="u",
            store=False,
            extra_body={"extra": 1},
        )

    answer = '{"name":"n","address":{"street":"s","city":"c","zip":null},"previous":[]}'
    assert_same_body(chat_reply(answer), chat)

    def responses(client: Any) -> Any:
        return client.responses.parse(
            model="gpt-4o",
            input=[{"role": "user", "content": "hi"}],
            text_format=Person,
            text={"verbosity": "low"},
            tools=[client_tool(client, Address)],
            instructions="be brief",
            temperature=0.2,
            max_output_tokens=100,
            reasoning={"effort": "low"},
            store=False,
            truncation="auto",
            verbosity="low",
            metadata={"k": "v"},
            stream=False,
        )

    assert_same_body(responses_reply([message_item(output_text(answer))]), responses)


def client_tool(client: Any, model: Any) -> Any:
    sdk = openai if isinstance(client, openai.OpenAI) else openwire
    return sdk.pydantic_function_tool(model)


def assert_same_body(reply: Dict[str, Any], call: Callable[[Any], Any]) -> None:
    _, _, their_body, our_body = call_both(reply, call)
    assert our_body == their_body


def test_a_response_format_dict_is_sent_as_is_and_nothing_is_parsed() -> None:
    for response_format in (
        {"type": "json_object"},
        {"type": "json_schema", "json_schema": {"name": "x", "schema": {}}},
    ):
        theirs, ours, their_body, our_body = call_both(
            chat_reply('{"a":1}'),
            lambda c, rf=response_format: c.chat.completions.parse(model="m", messages=[], response_format=rf),
        )
        assert our_body == their_body
        assert ours.choices[0].message.parsed is theirs.choices[0].message.parsed is None


# -- tool calls ------------------------------------------------------------------------------


def test_chat_tool_calls_parse_the_same() -> None:
    raw_strict = {
        "type": "function",
        "function": {"name": "raw", "parameters": {"type": "object", "properties": {}}, "strict": True},
    }
    calls = [
        tool_call("Simple", '{"name":"n","age":1,"score":2.0,"active":false}'),
        tool_call("raw", '{"free": [1, 2]}'),
        tool_call("unknown", '{"x": 1}'),
    ]
    calls[1]["id"], calls[2]["id"] = "call_2", "call_3"

    def call(client: Any) -> Any:
        tools = [client_tool(client, Simple), raw_strict]
        return client.chat.completions.parse(model="m", messages=[], tools=tools, response_format=Tree)

    reply = chat_reply('{"value":1,"children":[]}', finish_reason="tool_calls", tool_calls=calls)
    theirs, ours, their_body, our_body = call_both(reply, call)
    assert our_body == their_body
    ours_args = [dump(c.function.parsed_arguments) for c in ours.choices[0].message.tool_calls]
    their_args = [dump(c.function.parsed_arguments) for c in theirs.choices[0].message.tool_calls]
    assert ours_args == their_args == [dump(Simple(name="n", age=1, score=2.0, active=False)), {"free": [1, 2]}, None]
    assert type(ours.choices[0].message.tool_calls[0].function.parsed_arguments) is Simple
    assert to_dict(ours) == to_dict(theirs)


def test_responses_function_calls_parse_the_same() -> None:
    raw_strict = {"type": "function", "name": "raw", "parameters": {"type": "object"}, "strict": True}
    loose = {"type": "function", "name": "loose", "parameters": {"type": "object"}, "strict": False}
    output = [
        function_call("Address", '{"street":"s","city":"c","zip":null}'),
        function_call("raw", '{"k": "v"}'),
        function_call("loose", '{"k": "v"}'),
        {"type": "reasoning", "id": "rs_1", "summary": []},
    ]

    def call(client: Any) -> Any:
        return client.responses.parse(model="m", input="x", tools=[client_tool(client, Address), raw_strict, loose])

    theirs, ours, their_body, our_body = call_both(responses_reply(output), call)
    assert our_body == their_body
    ours_args = [dump(getattr(item, "parsed_arguments", "-")) for item in ours.output]
    their_args = [dump(getattr(item, "parsed_arguments", "-")) for item in theirs.output]
    assert ours_args == their_args == [{"street": "s", "city": "c", "zip": None}, {"k": "v"}, None, "-"]
    assert type(ours.output[0].parsed_arguments) is Address
    assert to_dict(ours) == to_dict(theirs)


# -- refusals, cut and filtered answers -------------------------------------------------------


def test_a_refusal_parses_to_none_with_the_refusal_kept() -> None:
    reply = chat_reply(None, refusal="I can't help with that.")
    theirs, ours, _, _ = call_both(
        reply, lambda c: c.chat.completions.parse(model="m", messages=[], response_format=Simple)
    )
    assert ours.choices[0].message.parsed is None and theirs.choices[0].message.parsed is None
    assert ours.choices[0].message.refusal == theirs.choices[0].message.refusal == "I can't help with that."

    refusal = {"type": "refusal", "refusal": "no"}
    theirs, ours, _, _ = call_both(
        responses_reply([message_item(refusal)]), lambda c: c.responses.parse(model="m", input="x", text_format=Simple)
    )
    assert ours.output_parsed is None and theirs.output_parsed is None
    assert ours.output[0].content[0].refusal == "no"


@pytest.mark.parametrize(
    ("finish_reason", "error"),
    [("length", "LengthFinishReasonError"), ("content_filter", "ContentFilterFinishReasonError")],
)
@pytest.mark.parametrize("response_format", [Simple, None], ids=["model", "no-format"])
def test_cut_or_filtered_answers_raise_the_same_error(finish_reason: str, error: str, response_format: Any) -> None:
    reply = chat_reply('{"name":"n"', finish_reason=finish_reason)
    kwargs = {"response_format": response_format} if response_format else {}
    outcomes = []
    for client in both_clients(reply)[1:]:
        with pytest.raises(Exception) as info:
            client.chat.completions.parse(model="m", messages=[], **kwargs)
        outcomes.append(info.value)
    theirs, ours = outcomes
    assert type(theirs).__name__ == type(ours).__name__ == error
    assert isinstance(ours, getattr(openwire, error)) and isinstance(ours, openwire.OpenAIError)
    assert str(ours) == str(theirs)
    # openwire carries the completion and its usage on both errors (the reference: not always).
    assert ours.completion.id == "chatcmpl-1"
    assert ours.usage.total_tokens == 12


@pytest.mark.parametrize(
    ("reply", "call"),
    [
        (chat_reply("not json"), lambda c: c.chat.completions.parse(model="m", messages=[], response_format=Simple)),
        (chat_reply('{"name": 1}'), lambda c: c.chat.completions.parse(model="m", messages=[], response_format=Simple)),
        (
            responses_reply([message_item(output_text('{"a": 1'))]),
            lambda c: c.responses.parse(model="m", input="x", text_format=Simple),
        ),
    ],
    ids=["invalid-json", "invalid-fields", "responses-cut-json"],
)
def test_answers_that_do_not_validate_raise_the_same_validation_error(reply: Any, call: Any) -> None:
    errors = []
    for client in both_clients(reply)[1:]:
        with pytest.raises(pydantic.ValidationError) as info:
            call(client)
        errors.append(info.value)
    assert [e.errors(include_url=False) for e in errors[:1]] == [e.errors(include_url=False) for e in errors[1:]]


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.chat.completions.parse(
            model="m", messages=[], tools=[{"type": "function", "function": {"name": "f", "parameters": {}}}]
        ),
        lambda c: c.chat.completions.parse(model="m", messages=[], tools=[{"type": "custom", "custom": {"name": "c"}}]),
        lambda c: c.responses.parse(text_format=Simple, text={"format": {"type": "text"}}),
        lambda c: c.chat.completions.parse(model="m", messages=[], response_format=int),
    ],
    ids=["non-strict-tool", "custom-tool", "text-format-twice", "unsupported-format"],
)
def test_invalid_inputs_raise_the_same_error_before_sending(call: Any) -> None:
    bodies, reference, ours = both_clients(chat_reply("{}"))
    errors = []
    for client in (reference, ours):
        with pytest.raises(Exception) as info:
            call(client)
        errors.append(type(info.value))
    assert errors[0] is errors[1]
    assert bodies == []


def test_a_chat_shaped_tool_not_built_by_the_helper_is_refused_by_responses_parse() -> None:
    # The reference raises a bare ``Exception``; openwire a ``TypeError`` saying what to write.
    bodies, reference, ours = both_clients(responses_reply([]))
    tool = {"type": "function", "function": {"name": "f", "parameters": {}, "strict": True}}
    with pytest.raises(Exception):  # noqa: B017
        reference.responses.parse(input="x", tools=[tool])
    with pytest.raises(TypeError, match="pydantic_function_tool"):
        ours.responses.parse(input="x", tools=[tool])
    assert bodies == []


# -- what openwire does differently ---------------------------------------------------------------


def test_generic_model_names_are_made_acceptable_to_the_api() -> None:
    # pydantic names the class ``Wrapper[int]``; the API only accepts [a-zA-Z0-9_-] in names.
    def call(client: Any) -> Any:
        return client.chat.completions.parse(model="m", messages=[], response_format=Wrapper[int])

    theirs, ours, their_body, our_body = call_both(chat_reply('{"item": 3}'), call)
    their_format = json.loads(their_body)["response_format"]["json_schema"]
    our_format = json.loads(our_body)["response_format"]["json_schema"]
    assert their_format["name"] == "Wrapper[int]"
    assert our_format["name"] == "Wrapper_int_"
    assert our_format["schema"] == their_format["schema"]
    assert dump(ours.choices[0].message.parsed) == dump(theirs.choices[0].message.parsed) == {"item": 3}


def test_output_text_is_the_same() -> None:
    outputs = [
        [],
        [message_item(output_text("a"), output_text("b")), message_item(output_text("c"))],
        [message_item({"type": "refusal", "refusal": "no"}, output_text("x"))],
        [{"type": "reasoning", "id": "rs", "summary": []}, message_item(output_text("only"))],
    ]
    for output in outputs:
        reply = responses_reply(output)
        theirs, ours, _, _ = call_both(reply, lambda c: c.responses.create(model="m", input="x"))
        assert ours.output_text == theirs.output_text


# -- async -------------------------------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("model", "answer"), [s for s in SAMPLES if s[0] in (Person, Tree, Dates)], ids=["Person", "Tree", "Dates"]
)
async def test_async_parse_is_the_same(model: Any, answer: str) -> None:
    bodies: List[bytes] = []
    replies = iter([chat_reply(answer)] * 2 + [responses_reply([message_item(output_text(answer))])] * 2)

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(request.content)
        return httpx.Response(200, json=next(replies))

    options: Dict[str, Any] = {"api_key": "sk-test", "base_url": "http://test/v1", "max_retries": 0}
    clients = [
        sdk(http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)), **options)
        for sdk in (openai.AsyncOpenAI, openwire.AsyncOpenAI)
    ]
    chat = [await c.chat.completions.parse(model="m", messages=[], response_format=model) for c in clients]
    responses = [await c.responses.parse(model="m", input="x", text_format=model) for c in clients]
    assert bodies[0] == bodies[1] and bodies[2] == bodies[3]
    assert dump(chat[0].choices[0].message.parsed) == dump(chat[1].choices[0].message.parsed)
    assert dump(responses[0].output_parsed) == dump(responses[1].output_parsed)
    assert type(chat[1].choices[0].message.parsed) is model
