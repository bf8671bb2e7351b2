"""Structured outputs on every preset: ``chat.completions.parse(response_format=Model)`` against
the local server in each provider mode, over a real socket.

The server rejects, ignores or honours each ``response_format`` as the provider does
(``local/_emulated_requests.py``); the request OpenAI's way fails where the provider lacks
``json_schema``, the preset client's request (negotiated by ``Provider.structured``) gives the
same typed result everywhere.
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


class City(pydantic.BaseModel):
    name: str
    population: int


EXPECTED = City(name="name", population=0)  # the server's instance of the schema

# mode -> what the server does with a strict json_schema request (OpenAI's way)
PLAIN = {
    "openai": "honours",
    "deepseek": "rejects",
    "qwen": "rejects",
    "zhipu": "rejects",
    "moonshot": "rejects",
    "openrouter": "ignores",
    "groq": "honours",
    "together": "honours",
    "mistral": "honours",
    "vllm": "ignores",
    "ollama": "ignores",
    "lmstudio": "honours",
}
MODES = list(PLAIN)


@pytest.fixture(scope="module")
def servers() -> Iterator[Dict[str, LocalServer]]:
    running = {name: LocalServer(app=LocalAPI(provider=name, api_key=KEY)).__enter__() for name in MODES}
    try:
        yield running
    finally:
        for server in running.values():
            server.__exit__(None, None, None)


@pytest.fixture(params=MODES)
def server(request: pytest.FixtureRequest, servers: Dict[str, LocalServer]) -> LocalServer:
    found = servers[request.param]
    found.app.replies.clear()
    found.app.forget_requests()
    return found


def sent(server: LocalServer) -> List[Dict[str, Any]]:
    return [json.loads(request.body) for request in server.app.recorded()]


def test_openai_style_request_fails_where_the_provider_lacks_json_schema(server: LocalServer) -> None:
    plain = OpenAI(api_key=KEY, base_url=server.url, max_retries=0)
    behaviour = PLAIN[server.app.provider]
    if behaviour == "honours":
        result = plain.chat.completions.parse(model="m", messages=QUESTION, response_format=City)  # type: ignore[arg-type]
        assert result.choices[0].message.parsed == EXPECTED
    elif behaviour == "rejects":
        with pytest.raises(openwire.BadRequestError, match="json_schema"):
            plain.chat.completions.parse(model="m", messages=QUESTION, response_format=City)  # type: ignore[arg-type]
    else:  # free text comes back
        with pytest.raises(pydantic.ValidationError):
            plain.chat.completions.parse(model="m", messages=QUESTION, response_format=City)  # type: ignore[arg-type]


def test_preset_client_gets_the_same_typed_result_everywhere(server: LocalServer) -> None:
    name = server.app.provider
    client = OpenAI.for_provider(name, base_url=server.url, api_key=KEY, max_retries=0)
    result = client.chat.completions.parse(model="m", messages=QUESTION, response_format=City)  # type: ignore[arg-type]
    message = result.choices[0].message
    assert message.parsed == EXPECTED
    assert json.loads(message.content or "") == EXPECTED.model_dump()
    assert message.tool_calls is None and result.choices[0].finish_reason == "stop"
    (body,) = sent(server)
    strategy = providers.get(name).structured.strategy
    if strategy == "json_schema":
        assert body["response_format"]["type"] == "json_schema" and body["response_format"]["json_schema"]["strict"]
        assert body["messages"] == QUESTION
    elif strategy == "json_object":
        assert body["response_format"] == {"type": "json_object"}
        system = body["messages"][0]
        assert system["role"] == "system" and "JSON" in system["content"] and '"population"' in system["content"]
        assert body["messages"][1:] == QUESTION
    else:
        assert "response_format" not in body
        assert body["tool_choice"] == {"type": "function", "function": {"name": "City"}}
        assert body["tools"][0]["function"]["parameters"]["required"] == ["name", "population"]


def test_every_strategy_works_where_the_server_supports_it(servers: Dict[str, LocalServer]) -> None:
    for strategy, mode in [("json_schema", "mistral"), ("json_object", "deepseek"), ("tools", "ollama")]:
        server = servers[mode]
        client = OpenAI.for_provider(mode, base_url=server.url, api_key=KEY, structured_outputs=strategy)
        result = client.chat.completions.parse(model="m", messages=QUESTION, response_format=City)  # type: ignore[arg-type]
        assert result.choices[0].message.parsed == EXPECTED, strategy


def test_a_forced_json_schema_still_fails_on_a_server_that_rejects_it(servers: Dict[str, LocalServer]) -> None:
    server = servers["deepseek"]
    client = OpenAI.for_provider("deepseek", base_url=server.url, api_key=KEY, structured_outputs="json_schema")
    with pytest.raises(openwire.BadRequestError):
        client.chat.completions.parse(model="m", messages=QUESTION, response_format=City)  # type: ignore[arg-type]


def test_instructions_join_the_callers_system_message(servers: Dict[str, LocalServer]) -> None:
    server = servers["deepseek"]
    server.app.forget_requests()
    client = OpenAI.for_provider("deepseek", base_url=server.url, api_key=KEY)
    messages = [{"role": "system", "content": "Be brief."}, *QUESTION]
    client.chat.completions.parse(model="m", messages=messages, response_format=City)  # type: ignore[arg-type]
    (body,) = sent(server)
    assert len(body["messages"]) == 2
    assert body["messages"][0]["content"].startswith("Be brief.\n\nReply with one JSON object")


@pytest.mark.parametrize("mode", ["deepseek", "ollama", "openrouter", "mistral"])
def test_reask_once_with_the_validation_error(servers: Dict[str, LocalServer], mode: str) -> None:
    server = servers[mode]
    server.app.replies.clear()
    server.app.forget_requests()
    bad = {"name": "Paris", "population": "lots"}
    if providers.get(mode).structured.strategy == "tools":
        server.app.replies.add(tool_call="City", arguments=bad, times=1)
    else:
        server.app.replies.add(text="```json\n" + json.dumps(bad) + "\n```", times=1)
    client = OpenAI.for_provider(mode, base_url=server.url, api_key=KEY, max_retries=0, reask=True)
    result = client.chat.completions.parse(model="m", messages=QUESTION, response_format=City)  # type: ignore[arg-type]
    assert result.choices[0].message.parsed == EXPECTED
    first, second = sent(server)
    added = second["messages"][len(first["messages"]) :]
    assert added[0]["role"] == "assistant"
    assert "population" in added[-1]["content"] and "integer" in added[-1]["content"]
    assert added[-1]["role"] == ("tool" if "tools" in first else "user")


def test_without_reask_an_invalid_answer_raises(servers: Dict[str, LocalServer]) -> None:
    server = servers["ollama"]
    server.app.replies.clear()
    server.app.forget_requests()
    server.app.replies.add(text='{"name": "Paris"}', times=3)
    client = OpenAI.for_provider("ollama", base_url=server.url, api_key=KEY)
    with pytest.raises(pydantic.ValidationError, match="population"):
        client.chat.completions.parse(model="m", messages=QUESTION, response_format=City)  # type: ignore[arg-type]
    assert len(sent(server)) == 1
    reasking = OpenAI.for_provider("ollama", base_url=server.url, api_key=KEY, reask=True)
    with pytest.raises(pydantic.ValidationError):  # asks once more, no further
        reasking.chat.completions.parse(model="m", messages=QUESTION, response_format=City)  # type: ignore[arg-type]
    assert len(sent(server)) == 3
    server.app.replies.clear()


def test_callers_tools_stay_callable_with_the_tools_strategy(servers: Dict[str, LocalServer]) -> None:
    server = servers["openrouter"]
    server.app.replies.clear()
    server.app.forget_requests()
    tool = openwire.pydantic_function_tool(City, name="lookup")
    client = OpenAI.for_provider("openrouter", base_url=server.url, api_key=KEY)
    client.chat.completions.parse(model="m", messages=QUESTION, response_format=City, tools=[tool])  # type: ignore[arg-type]
    (body,) = sent(server)
    assert [t["function"]["name"] for t in body["tools"]] == ["lookup", "City"]
    assert body["tool_choice"] == "required"


def test_raw_response_parse_is_negotiated_too(servers: Dict[str, LocalServer]) -> None:
    server = servers["ollama"]
    server.app.replies.clear()
    client = OpenAI.for_provider("ollama", base_url=server.url, api_key=KEY)
    raw = client.chat.completions.with_raw_response.parse(model="m", messages=QUESTION, response_format=City)  # type: ignore[arg-type]
    assert raw.parse().choices[0].message.parsed == EXPECTED


def test_async_preset_client_negotiates(servers: Dict[str, LocalServer]) -> None:
    async def main() -> None:
        for mode in ("deepseek", "openrouter", "vllm"):
            server = servers[mode]
            server.app.replies.clear()
            client = AsyncOpenAI.for_provider(mode, base_url=server.url, api_key=KEY, reask=True)
            async with client:
                result = await client.chat.completions.parse(model="m", messages=QUESTION, response_format=City)  # type: ignore[arg-type]
            assert result.choices[0].message.parsed == EXPECTED, mode

    anyio.run(main)


def test_a_plain_openai_client_sends_what_the_reference_sends(servers: Dict[str, LocalServer]) -> None:
    server = servers["openai"]
    server.app.forget_requests()
    OpenAI(api_key=KEY, base_url=server.url).chat.completions.parse(model="m", messages=QUESTION, response_format=City)  # type: ignore[arg-type]
    OpenAI.for_provider("openai", base_url=server.url, api_key=KEY).chat.completions.parse(
        model="m",
        messages=QUESTION,  # type: ignore[arg-type]
        response_format=City,
    )
    first, second = sent(server)
    assert first == second and first["response_format"]["type"] == "json_schema"
