"""Reasoning round-trip: a thinking model's tool loop against the local server in the modes of
DeepSeek, Qwen, OpenRouter and vLLM, over a real socket, plain and streamed, sync and async.

The server enforces each provider's rule (``local/_emulated_requests.py``): the assistant
message of a tool call must come back with its reasoning, else 400. ``providers.to_param`` and
``providers.Conversation`` send it back; dropping it (as appending ``{"role", "content",
"tool_calls"}`` does) gets the 400.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Dict, Iterator, List

import anyio
import pytest

import openwire
from openwire import AsyncOpenAI, OpenAI, providers
from openwire.local import LocalAPI, LocalServer
from openwire.local._emulations import REASONING_TEXT

KEY = "k"
TOOLS: List[Any] = [
    {
        "type": "function",
        "function": {
            "name": "get_weather",
            "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
        },
    }
]
QUESTION = "What's the weather in Paris?"


@dataclass
class Mode:
    name: str
    model: str
    fields: List[str]  # the reasoning fields the answer carries and the next request needs
    extra_body: Dict[str, Any] = field(default_factory=dict)


MODES = [
    Mode("deepseek", "deepseek-reasoner", ["reasoning_content"]),
    Mode("qwen", "qwen-plus", ["reasoning_content"], {"enable_thinking": True}),
    Mode("openrouter", "anthropic/claude-4.5-sonnet", ["reasoning", "reasoning_details"], {"reasoning": {}}),
    Mode("vllm", "Qwen/QwQ-32B", ["reasoning"]),
]


@pytest.fixture(scope="module")
def servers() -> Iterator[Dict[str, LocalServer]]:
    running = {mode.name: LocalServer(app=LocalAPI(provider=mode.name, api_key=KEY)).__enter__() for mode in MODES}
    try:
        yield running
    finally:
        for server in running.values():
            server.__exit__(None, None, None)


@pytest.fixture(params=MODES, ids=[mode.name for mode in MODES])
def mode(request: pytest.FixtureRequest) -> Mode:
    return request.param  # type: ignore[no-any-return]


@pytest.fixture
def server(mode: Mode, servers: Dict[str, LocalServer]) -> LocalServer:
    found = servers[mode.name]
    found.app.replies.clear()
    found.app.forget_requests()
    found.app.replies.add("weather", tool_call="get_weather", arguments={"city": "Paris"}, times=1)
    return found


def sent_messages(server: LocalServer) -> List[Dict[str, Any]]:
    messages: List[Dict[str, Any]] = json.loads(server.app.recorded()[-1].body)["messages"]
    return messages


def weather(city: str) -> Dict[str, Any]:
    return {"city": city, "temperature": 21}


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "streamed"])
def test_conversation_tool_loop(mode: Mode, server: LocalServer, stream: bool) -> None:
    client = OpenAI.for_provider(mode.name, base_url=server.url, api_key=KEY, max_retries=0)
    chat = providers.Conversation(client, model=mode.model)
    chat.add_user(QUESTION)

    first = chat.complete(tools=TOOLS, extra_body=mode.extra_body or None, stream=stream)
    assert first.choices[0].message.tool_calls
    assert [call.function.name for call in chat.pending_tool_calls] == ["get_weather"]
    assert chat.run_tools({"get_weather": weather}) == 1
    assert chat.pending_tool_calls == []

    final = chat.complete(tools=TOOLS, extra_body=mode.extra_body or None, stream=stream)
    assert final.choices[0].message.content == f"You said: {QUESTION}"
    roles = [m["role"] for m in chat.messages]
    assert roles == ["user", "assistant", "tool", "assistant"]
    # The request that succeeded carried the reasoning, as the answer gave it (streamed: accumulated).
    sent = sent_messages(server)[1]
    for name in mode.fields:
        assert name in sent, name
    text = sent.get("reasoning_content") or sent.get("reasoning")
    assert text == REASONING_TEXT
    if "reasoning_details" in mode.fields:  # streamed: one block, its text continued, its format not
        (block,) = sent["reasoning_details"]
        assert block["text"] == REASONING_TEXT and block["format"] == "anthropic-claude-v1"
    assert json.loads(sent_messages(server)[2]["content"]) == {"city": "Paris", "temperature": 21}


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "streamed"])
def test_without_the_reasoning_the_server_answers_400(mode: Mode, server: LocalServer, stream: bool) -> None:
    client = OpenAI.for_provider(mode.name, base_url=server.url, api_key=KEY, max_retries=0)
    chat = providers.Conversation(client, model=mode.model)
    chat.add_user(QUESTION)
    chat.complete(tools=TOOLS, extra_body=mode.extra_body or None, stream=stream)
    chat.run_tools({"get_weather": weather})
    bare = [dict(m) for m in chat.messages]
    for name in mode.fields:
        bare[1].pop(name, None)  # type: ignore[misc]
    with pytest.raises(openwire.BadRequestError) as caught:
        client.chat.completions.create(
            model=mode.model,
            messages=bare,
            tools=TOOLS,
            extra_body=mode.extra_body or None,  # type: ignore[arg-type]
        )
    assert mode.fields[-1] in str(caught.value)


def test_to_param_by_hand_sync(mode: Mode, server: LocalServer) -> None:
    client = OpenAI.for_provider(mode.name, base_url=server.url, api_key=KEY, max_retries=0)
    messages: List[Any] = [{"role": "user", "content": QUESTION}]
    completion = client.chat.completions.create(
        model=mode.model, messages=messages, tools=TOOLS, extra_body=mode.extra_body or None
    )
    message = completion.choices[0].message
    messages.append(providers.to_param(message, mode.name))
    for call in message.tool_calls or []:
        messages.append({"role": "tool", "tool_call_id": call.id, "content": "21 degrees"})
    again = client.chat.completions.create(
        model=mode.model, messages=messages, tools=TOOLS, extra_body=mode.extra_body or None
    )
    assert again.choices[0].message.content == f"You said: {QUESTION}"


def test_openrouter_reasoning_details_must_come_back_unchanged(servers: Dict[str, LocalServer]) -> None:
    server = servers["openrouter"]
    server.app.replies.clear()
    server.app.replies.add("weather", tool_call="get_weather", arguments={"city": "Paris"}, times=1)
    client = OpenAI.for_provider("openrouter", base_url=server.url, api_key=KEY, max_retries=0)
    chat = providers.Conversation(client, model="anthropic/claude-4.5-sonnet")
    chat.add_user(QUESTION)
    chat.complete(tools=TOOLS, extra_body={"reasoning": {}})
    chat.run_tools({"get_weather": weather})
    details = chat.messages[1]["reasoning_details"]  # type: ignore[typeddict-item]
    details[0]["text"] = "Edited reasoning."
    with pytest.raises(openwire.BadRequestError, match="signature"):
        chat.complete(tools=TOOLS, extra_body={"reasoning": {}})


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "streamed"])
def test_async_conversation_tool_loop(mode: Mode, server: LocalServer, stream: bool) -> None:
    async def get_weather(city: str) -> str:
        await anyio.sleep(0)
        return f"21 degrees in {city}"

    async def main() -> None:
        client = AsyncOpenAI.for_provider(mode.name, base_url=server.url, api_key=KEY, max_retries=0)
        async with client:
            chat = providers.AsyncConversation(client, model=mode.model)
            chat.add_user(QUESTION)
            await chat.complete(tools=TOOLS, extra_body=mode.extra_body or None, stream=stream)
            assert await chat.run_tools({"get_weather": get_weather}) == 1
            final = await chat.complete(tools=TOOLS, extra_body=mode.extra_body or None, stream=stream)
            assert final.choices[0].message.content == f"You said: {QUESTION}"
            assert chat.messages[2]["content"] == "21 degrees in Paris"  # type: ignore[typeddict-item]

    anyio.run(main)


def test_conversation_takes_the_provider_from_a_hand_built_client(servers: Dict[str, LocalServer]) -> None:
    server = servers["deepseek"]
    server.app.replies.clear()
    server.app.replies.add("weather", tool_call="get_weather", arguments={"city": "Paris"}, times=1)
    plain = OpenAI(api_key=KEY, base_url=server.url, max_retries=0)
    assert providers.Conversation(plain).provider is None
    client = providers.with_provider(plain, "deepseek")
    assert client is not plain and plain._preset is None
    chat = providers.Conversation(client, model="deepseek-reasoner")
    assert chat.provider is not None and chat.provider.name == "deepseek"
    chat.add_user(QUESTION)
    chat.complete(tools=TOOLS)
    chat.run_tools({"get_weather": weather})
    assert chat.complete(tools=TOOLS).choices[0].message.content == f"You said: {QUESTION}"


def test_run_tools_names_a_missing_function(servers: Dict[str, LocalServer]) -> None:
    server = servers["deepseek"]
    server.app.replies.clear()
    server.app.replies.add("weather", tool_call="get_weather", arguments={"city": "Paris"}, times=1)
    client = OpenAI.for_provider("deepseek", base_url=server.url, api_key=KEY, max_retries=0)
    chat = providers.Conversation(client, model="deepseek-reasoner")
    chat.add_user(QUESTION)
    chat.complete(tools=TOOLS)
    with pytest.raises(KeyError, match=r"get_weather.*given: get_time"):
        chat.run_tools({"get_time": lambda: "noon"})
    with pytest.raises(ValueError, match="model="):
        providers.Conversation(client).complete()
