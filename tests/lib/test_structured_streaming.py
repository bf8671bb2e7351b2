"""Structured outputs in ``chat.completions.stream(response_format=Model)`` on preset clients,
against the local server in each provider mode, over a real socket.

The request is negotiated as ``parse()``'s (``lib/_parsing/_negotiate.py``) and the final
completion is the one ``parse()`` gives on the same preset. A stream is never asked again.
"""

from __future__ import annotations

import json
from typing import Any, Dict, Iterator, List

import anyio
import pydantic
import pytest

import openwire
from openwire import AsyncOpenAI, OpenAI, providers
from openwire.local import LocalAPI, LocalServer

KEY = "k"
QUESTION = [{"role": "user", "content": "Tell me about Paris."}]
# mode -> the strategy its preset negotiates
MODES = {"deepseek": "json_object", "ollama": "json_object", "openrouter": "tools", "mistral": "json_schema"}


class City(pydantic.BaseModel):
    name: str
    population: int


EXPECTED = City(name="name", population=0)  # the server's instance of the schema


@pytest.fixture(scope="module")
def servers() -> Iterator[Dict[str, LocalServer]]:
    running = {name: LocalServer(app=LocalAPI(provider=name, api_key=KEY)).__enter__() for name in [*MODES, "openai"]}
    try:
        yield running
    finally:
        for server in running.values():
            server.__exit__(None, None, None)


def fresh(servers: Dict[str, LocalServer], mode: str) -> LocalServer:
    server = servers[mode]
    server.app.replies.clear()
    server.app.forget_requests()
    return server


def sent(server: LocalServer) -> List[Dict[str, Any]]:
    return [json.loads(request.body) for request in server.app.recorded()]


def test_the_presets_strategies_are_the_ones_tested() -> None:
    assert {mode: providers.get(mode).structured.strategy for mode in MODES} == MODES


def assert_request(body: Dict[str, Any], strategy: str) -> None:
    assert body["stream"] is True
    if strategy == "json_schema":
        assert body["response_format"]["type"] == "json_schema" and body["response_format"]["json_schema"]["strict"]
        assert body["messages"] == QUESTION and "tools" not in body
    elif strategy == "json_object":
        assert body["response_format"] == {"type": "json_object"}
        system = body["messages"][0]
        assert system["role"] == "system" and "JSON" in system["content"] and '"population"' in system["content"]
        assert body["messages"][1:] == QUESTION and "tools" not in body
    else:
        assert "response_format" not in body
        assert body["tool_choice"] == {"type": "function", "function": {"name": "City"}}
        assert [tool["function"]["name"] for tool in body["tools"]] == ["City"]
        assert body["tools"][0]["function"]["parameters"]["required"] == ["name", "population"]
        assert body["messages"] == QUESTION


@pytest.mark.parametrize("mode", list(MODES))
def test_stream_gives_parses_result_on_every_preset(servers: Dict[str, LocalServer], mode: str) -> None:
    server = fresh(servers, mode)
    client = OpenAI.for_provider(mode, base_url=server.url, api_key=KEY, max_retries=0)
    with client.chat.completions.stream(model="m", messages=QUESTION, response_format=City) as stream:  # type: ignore[arg-type]
        events = list(stream)
        final = stream.get_final_completion()
    parsed = client.chat.completions.parse(model="m", messages=QUESTION, response_format=City)  # type: ignore[arg-type]
    message = final.choices[0].message
    assert message.parsed == EXPECTED
    assert message.content == parsed.choices[0].message.content
    assert json.loads(message.content or "") == EXPECTED.model_dump()
    assert message.tool_calls is None and final.choices[0].finish_reason == "stop"
    first = sent(server)[0]
    assert_request(first, MODES[mode])
    types = {event.type for event in events}
    if MODES[mode] == "tools":  # the answer streams as the forced call's arguments
        assert "content.delta" not in types and "content.done" not in types
        (call,) = [event for event in events if event.type == "tool_calls.function.arguments.done"]
        assert call.name == "City" and json.loads(call.arguments) == EXPECTED.model_dump()
    else:
        (done,) = [event for event in events if event.type == "content.done"]
        assert done.parsed == EXPECTED


@pytest.mark.parametrize("mode", list(MODES))
def test_async_stream_gives_parses_result_on_every_preset(servers: Dict[str, LocalServer], mode: str) -> None:
    server = fresh(servers, mode)

    async def main() -> None:
        async with AsyncOpenAI.for_provider(mode, base_url=server.url, api_key=KEY, max_retries=0) as client:
            manager = client.chat.completions.stream(model="m", messages=QUESTION, response_format=City)  # type: ignore[arg-type]
            async with manager as stream:
                final = await stream.get_final_completion()
        message = final.choices[0].message
        assert message.parsed == EXPECTED
        assert json.loads(message.content or "") == EXPECTED.model_dump()
        assert message.tool_calls is None and final.choices[0].finish_reason == "stop"

    anyio.run(main)
    assert_request(sent(server)[0], MODES[mode])


def test_a_fenced_json_object_answer_is_parsed_without_its_fence(servers: Dict[str, LocalServer]) -> None:
    server = fresh(servers, "deepseek")
    answer: Dict[str, Any] = {"name": "Paris", "population": 2100000}
    server.app.replies.add(text="```json\n" + json.dumps(answer) + "\n```", times=1)
    client = OpenAI.for_provider("deepseek", base_url=server.url, api_key=KEY, max_retries=0)
    with client.chat.completions.stream(model="m", messages=QUESTION, response_format=City) as stream:  # type: ignore[arg-type]
        events = list(stream)
        final = stream.get_final_completion()
    (done,) = [event for event in events if event.type == "content.done"]
    assert done.parsed == City(**answer) and done.content.startswith("```json")
    deltas = [event for event in events if event.type == "content.delta"]
    assert len(deltas) > 1 and deltas[-1].parsed == answer  # the partial JSON inside the fence
    assert final.choices[0].message.parsed == City(**answer)
    assert final.choices[0].message.content == json.dumps(answer)


@pytest.mark.parametrize(
    ("content", "text"),
    [
        ('{"a": 1}', '{"a": 1}'),
        ("```", "```"),  # not yet a fence: the caller gets no partial value
        ("```json", "```json"),
        ('```json\n{"a": 1', '{"a": 1'),
        ('```json\n{"a": 1}\n`', '{"a": 1}'),
        ('```\n{"a": 1}\n```', '{"a": 1}'),
    ],
)
def test_json_text_of_content_still_streaming(content: str, text: str) -> None:
    from openwire.lib._parsing._negotiate import optional_negotiation

    client = OpenAI.for_provider("deepseek", api_key=KEY)
    negotiation = optional_negotiation(openwire.providers.preset_of(client), City, openwire.omit)
    assert negotiation is not None
    assert negotiation.json_text(content, partial=True) == text
    assert negotiation.json_text('```json\n{"a": 1}\n```') == '{"a": 1}'
    assert negotiation.json_text('```json\n{"a": 1}\n`') == '```json\n{"a": 1}\n`'  # complete: a closed fence only


def test_the_callers_tools_stay_callable_in_tools_mode(servers: Dict[str, LocalServer]) -> None:
    server = fresh(servers, "openrouter")
    tool = openwire.pydantic_function_tool(City, name="lookup")
    client = OpenAI.for_provider("openrouter", base_url=server.url, api_key=KEY, max_retries=0)
    with client.chat.completions.stream(model="m", messages=QUESTION, response_format=City, tools=[tool]) as stream:  # type: ignore[arg-type]
        stream.until_done()
    (body,) = sent(server)
    assert [t["function"]["name"] for t in body["tools"]] == ["lookup", "City"]
    assert body["tool_choice"] == "required"


def test_a_stream_is_not_asked_again(servers: Dict[str, LocalServer]) -> None:
    server = fresh(servers, "ollama")
    server.app.replies.add(text='{"name": "Paris"}', times=3)
    client = OpenAI.for_provider("ollama", base_url=server.url, api_key=KEY, max_retries=0, reask=True)
    with pytest.raises(pydantic.ValidationError, match="population"):
        with client.chat.completions.stream(model="m", messages=QUESTION, response_format=City) as stream:  # type: ignore[arg-type]
            stream.get_final_completion()
    assert len(sent(server)) == 1
    server.app.replies.clear()


def test_plain_and_openai_preset_clients_send_what_they_sent_before(servers: Dict[str, LocalServer]) -> None:
    deepseek = fresh(servers, "deepseek")
    plain = OpenAI(api_key=KEY, base_url=deepseek.url, max_retries=0)
    with pytest.raises(openwire.BadRequestError, match="json_schema"):  # not negotiated: the server rejects it
        with plain.chat.completions.stream(model="m", messages=QUESTION, response_format=City):  # type: ignore[arg-type]
            pass
    server = fresh(servers, "openai")
    bodies = []
    for client in (
        OpenAI(api_key=KEY, base_url=server.url),
        OpenAI.for_provider("openai", base_url=server.url, api_key=KEY),
        OpenAI.for_provider("openai", base_url=server.url, api_key=KEY, reask=True),
    ):
        with client.chat.completions.stream(model="m", messages=QUESTION, response_format=City) as stream:  # type: ignore[arg-type]
            assert stream.get_final_completion().choices[0].message.parsed == EXPECTED
        bodies.append(sent(server)[-1])
    assert bodies[0] == bodies[1] == bodies[2]
    assert_request(bodies[0], "json_schema")
