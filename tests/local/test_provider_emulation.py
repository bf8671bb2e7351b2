"""Provider emulation of the local server (``LocalServer(provider=...)``, ``--provider``).

Each emulated provider is reached over a real socket through its openwire preset
(``OpenAI.for_provider(name, base_url=server.url)``), sync and async, plain and streamed, and
through the stream helper; then the reference SDK (``openai`` 2.54.0) reads the same answers.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from dataclasses import dataclass, field
from typing import Any, Dict, Iterator, List, Optional

import anyio
import httpx
import openai
import pytest

from openwire import AsyncOpenAI, OpenAI, providers
from openwire.local import LocalAPI, LocalServer
from openwire.local._emulations import REASONING_TEXT

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

PROMPT = "Say hello"
ANSWER = "You said: Say hello"


@dataclass
class Case:
    provider: str
    preset: Optional[str]  # None: a plain client (no preset for a generic server)
    model: str
    reasons: bool
    extra_body: Dict[str, Any] = field(default_factory=dict)
    field: str = "reasoning_content"  # the name the reasoning travels under


CASES = [
    Case("deepseek", "deepseek", "deepseek-reasoner", True),
    Case("qwen", "qwen", "qwen-plus", True, {"enable_thinking": True, "thinking_budget": 64}),
    Case("vllm", "vllm", "Qwen/QwQ-32B", True, field="reasoning"),  # vLLM 0.33 renamed it
    Case("ollama", "ollama", "llama3.2", False),
    Case("bare", None, "local-model", False),
]


@pytest.fixture(params=CASES, ids=lambda case: case.provider)
def case(request: pytest.FixtureRequest) -> Case:
    return request.param  # type: ignore[no-any-return]


@pytest.fixture
def server(case: Case) -> Iterator[LocalServer]:
    with LocalServer(provider=case.provider) as running:
        yield running


def sync_client(case: Case, url: str) -> OpenAI:
    if case.preset is None:
        return OpenAI(api_key="x", base_url=url, max_retries=0)
    return OpenAI.for_provider(case.preset, api_key="x", base_url=url, max_retries=0)


def async_client(case: Case, url: str) -> AsyncOpenAI:
    if case.preset is None:
        return AsyncOpenAI(api_key="x", base_url=url, max_retries=0)
    return AsyncOpenAI.for_provider(case.preset, api_key="x", base_url=url, max_retries=0)


def params(case: Case, **more: Any) -> Dict[str, Any]:
    return {
        "model": case.model,
        "messages": [{"role": "user", "content": PROMPT}],
        "extra_body": case.extra_body or None,
        **more,
    }


def reasoning_of(model: Any, case: Case) -> Optional[str]:
    # Through model_dump(): openwire types the field, the reference keeps it as an extra.
    return model.model_dump().get(case.field)  # type: ignore[no-any-return]


def raw(url: str, case: Case, **more: Any) -> httpx.Response:
    body = {"model": case.model, "messages": [{"role": "user", "content": PROMPT}], **case.extra_body, **more}
    return httpx.post(f"{url}/chat/completions", json=body)


def events(response: httpx.Response) -> List[str]:
    return [line[len("data: ") :] for line in response.text.splitlines() if line.startswith("data: ")]


# -- the wire format of each emulation -----------------------------------------------------------


def test_the_emulated_wire_formats(case: Case, server: LocalServer) -> None:
    body = raw(server.url, case).json()
    message = body["choices"][0]["message"]
    assert message["content"] == ANSWER
    assert message.get(case.field) == (REASONING_TEXT if case.reasons else None)
    assert "service_tier" not in body
    stream = raw(server.url, case, stream=True, stream_options={"include_usage": True})
    lines = events(stream)
    chunks = [json.loads(line) for line in lines if line != "[DONE]"]
    assert (lines[-1] == "[DONE]") == (case.provider != "bare")
    assert "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks if c["choices"]) == ANSWER
    thought = "".join(c["choices"][0]["delta"].get(case.field) or "" for c in chunks if c["choices"])
    assert thought == (REASONING_TEXT if case.reasons else "")
    last = chunks[-1]
    assert last["usage"]["total_tokens"] > 0
    if case.provider == "deepseek":
        assert (
            body["system_fingerprint"] and body["usage"]["prompt_cache_miss_tokens"] == body["usage"]["prompt_tokens"]
        )
        assert body["usage"]["prompt_cache_hit_tokens"] == 0
        assert body["usage"]["completion_tokens_details"]["reasoning_tokens"] > 0
        assert last["choices"] == []
    elif case.provider == "qwen":
        assert body["system_fingerprint"] is None and body["choices"][0]["logprobs"] is None
        assert all(c["usage"] is None for c in chunks[:-1]) and last["choices"] == []
        # Without enable_thinking, no reasoning.
        plain = raw(server.url, Case("qwen", "qwen", "qwen-plus", False)).json()
        assert "reasoning_content" not in plain["choices"][0]["message"]
    elif case.provider == "vllm":
        assert body["prompt_logprobs"] is None and body["choices"][0]["stop_reason"] is None
        assert all("stop_reason" in c["choices"][0] for c in chunks[:-1])
        plain = raw(server.url, Case("vllm", "vllm", "meta-llama/Llama-3.1-8B-Instruct", False)).json()
        assert plain["choices"][0]["message"]["reasoning"] is None  # always sent, null without a parser
        assert "tool_calls" not in plain["choices"][0]["message"] and "reasoning_content" not in message
    elif case.provider == "ollama":
        assert body["system_fingerprint"] == "fp_ollama" and "logprobs" not in body["choices"][0]
        no_usage = [json.loads(line) for line in events(raw(server.url, case, stream=True)) if line != "[DONE]"]
        assert all("usage" not in c for c in no_usage)
    else:
        for name in ("object", "created", "system_fingerprint"):
            assert name not in body and all(name not in c for c in chunks)
        assert "logprobs" not in body["choices"][0] and message["annotations"] is None
        assert message["tool_calls"] is None and last["choices"] is None


# -- openwire through the presets, sync and async --------------------------------------------------


def test_sync_preset_chat_and_stream(case: Case, server: LocalServer) -> None:
    with sync_client(case, server.url) as client:
        completion = client.chat.completions.create(**params(case))
        message = completion.choices[0].message
        assert message.content == ANSWER
        assert reasoning_of(message, case) == (REASONING_TEXT if case.reasons else None)
        assert getattr(providers, case.field)(message) == (REASONING_TEXT if case.reasons else None)  # typed
        if case.reasons:
            assert message.to_dict()[case.field] == REASONING_TEXT
        if case.provider == "deepseek":
            assert completion.usage is not None
            assert completion.usage.to_dict()["prompt_cache_miss_tokens"] == completion.usage.prompt_tokens

        chunks = list(client.chat.completions.create(**params(case, stream=True)))
        assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == ANSWER
        thought = "".join(getattr(providers, case.field)(c.choices[0].delta) or "" for c in chunks if c.choices)
        assert thought == (REASONING_TEXT if case.reasons else "")

        # The stream helper keeps reasoning_content apart from content.
        with client.chat.completions.stream(**params(case, stream_options={"include_usage": True})) as stream:
            final = stream.get_final_completion()
        assert final.choices[0].message.content == ANSWER
        assert getattr(providers, case.field)(final.choices[0].message) == (REASONING_TEXT if case.reasons else None)
        assert final.usage is not None and final.usage.total_tokens > 0


def test_async_preset_chat_and_stream(case: Case, server: LocalServer) -> None:
    async def main() -> None:
        client = async_client(case, server.url)
        async with client:
            completion = await client.chat.completions.create(**params(case))
            assert completion.choices[0].message.content == ANSWER
            assert reasoning_of(completion.choices[0].message, case) == (REASONING_TEXT if case.reasons else None)
            stream = await client.chat.completions.create(**params(case, stream=True))
            chunks = [chunk async for chunk in stream]
            assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == ANSWER
            async with client.chat.completions.stream(**params(case)) as helper:
                final = await helper.get_final_completion()
            assert final.choices[0].message.content == ANSWER
            assert reasoning_of(final.choices[0].message, case) == (REASONING_TEXT if case.reasons else None)

    anyio.run(main)


def test_tool_calls_survive_the_emulation(case: Case, server: LocalServer) -> None:
    tools = [{"type": "function", "function": {"name": "get_weather", "parameters": {"type": "object"}}}]
    with sync_client(case, server.url) as client:
        message = client.chat.completions.create(**params(case, tools=tools, tool_choice="required")).choices[0].message
        assert message.tool_calls and message.tool_calls[0].function.name == "get_weather"
        with client.chat.completions.stream(**params(case, tools=tools, tool_choice="required")) as stream:
            final = stream.get_final_completion()
        calls = final.choices[0].message.tool_calls
        assert calls and calls[0].function.name == "get_weather" and calls[0].function.arguments == "{}"


# -- the reference SDK against the same emulations ---------------------------------------------------


def test_reference_sdk_reads_the_emulations(case: Case, server: LocalServer) -> None:
    reference = openai.OpenAI(base_url=server.url, api_key="x", max_retries=0)
    ours = sync_client(case, server.url)
    with reference, ours:
        theirs = reference.chat.completions.create(**params(case))
        mine = ours.chat.completions.create(**params(case))
        assert theirs.choices[0].message.content == mine.choices[0].message.content == ANSWER
        # Both keep the reasoning.
        assert reasoning_of(theirs.choices[0].message, case) == reasoning_of(mine.choices[0].message, case)
        if case.provider == "bare":
            # The reference builds its models without validation: missing required fields stay
            # missing (reading them raises AttributeError) and annotations/tool_calls stay None.
            assert "object" not in theirs.model_fields_set and "created" not in theirs.model_fields_set
            assert theirs.choices[0].message.tool_calls is None
        stream_params = params(case, stream=True, stream_options={"include_usage": True})
        their_chunks = list(reference.chat.completions.create(**stream_params))
        my_chunks = list(ours.chat.completions.create(**stream_params))

        def text(chunks: List[Any]) -> str:
            return "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)

        assert text(their_chunks) == text(my_chunks) == ANSWER
        assert len(their_chunks) == len(my_chunks)
        # The usage chunk: `choices: []` everywhere, `choices: null` in the bare mode; both SDKs
        # keep it (the reference with choices None, as sent) and read its usage.
        assert their_chunks[-1].usage is not None and my_chunks[-1].usage is not None
        assert their_chunks[-1].usage.total_tokens == my_chunks[-1].usage.total_tokens
        if case.provider == "bare":
            assert their_chunks[-1].choices is None  # no [DONE] either: the reference just stops
            assert not my_chunks[-1].choices


# -- the CLI flag --------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_cli_provider_flag() -> None:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "openwire.local", "--port", str(port), "--provider", "deepseek"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        banner = process.stdout.readline()
        assert f"http://127.0.0.1:{port}/v1" in banner and "deepseek" in banner
        client = OpenAI.for_provider("deepseek", api_key="x", base_url=f"http://127.0.0.1:{port}/v1", max_retries=0)
        with client:
            message = (
                client.chat.completions.create(
                    model="deepseek-reasoner", messages=[{"role": "user", "content": "ping"}]
                )
                .choices[0]
                .message
            )
        assert message.content == "You said: ping" and providers.reasoning_content(message) == REASONING_TEXT
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_unknown_provider_is_refused() -> None:
    with pytest.raises(ValueError, match="Unknown provider emulation 'nope'"):
        LocalAPI(provider="nope")
    with pytest.raises(ValueError, match="not to LocalServer"):
        LocalServer(app=LocalAPI(), provider="qwen")
    assert LocalAPI(provider="DeepSeek").provider == "deepseek"
    assert LocalAPI().provider == "openai"
