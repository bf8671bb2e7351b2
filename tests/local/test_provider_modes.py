"""Every provider emulation, over a real socket, through its openwire preset and the reference SDK.

For each preset with an emulation (``LocalServer(provider=name)``): chat completions plain and
streamed (sync and async), the chat stream helper, ``models.list()``, ``embeddings.create()``
and the provider's error bodies mapped to typed exceptions; then the reference ``openai`` SDK
against the same server, compared field by field with openwire.

Provider extension fields are read through ``to_dict()`` / ``model_dump()``, the same for both
SDKs (openwire types them as properties over the extras, the reference keeps them as extras).
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass, field
from typing import Any, Dict, Iterator, List, Optional, Tuple, Type

import anyio
import httpx
import openai
import pytest

import openwire
from openwire import AsyncOpenAI, OpenAI
from openwire.local import LocalAPI, LocalServer
from openwire.local._emulations import REASONING_TEXT

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

KEY = "k"
PROMPT = "Say hello"
ANSWER = "You said: Say hello"
PROMPT_TOKENS, ANSWER_TOKENS, REASONING_TOKENS = 2, 4, 9  # one token per word


@dataclass
class Mode:
    name: str  # the emulation and the preset
    model: str
    reasoning: Optional[str] = None  # the field reasoning text comes in (None: no reasoning)
    usage: str = "chunk"  # where a stream's usage is, see stream_total()
    extra_body: Dict[str, Any] = field(default_factory=dict)


MODES = [
    Mode("openai", "gpt-4o-mini"),
    Mode("deepseek", "deepseek-reasoner", "reasoning_content"),
    Mode("qwen", "qwen-plus", "reasoning_content", extra_body={"enable_thinking": True}),
    Mode("zhipu", "glm-4.6", "reasoning_content", "last", {"thinking": {"type": "enabled"}}),
    Mode("moonshot", "kimi-k2-thinking", "reasoning_content", "choice"),
    Mode("openrouter", "openai/gpt-4o-mini", "reasoning", extra_body={"reasoning": {"effort": "low"}}),
    Mode("groq", "qwen/qwen3-32b", "reasoning", "x_groq", {"reasoning_format": "parsed"}),
    Mode("together", "deepseek-ai/DeepSeek-R1", "reasoning"),
    Mode("mistral", "mistral-small-latest", None, "last"),
    Mode("vllm", "Qwen/QwQ-32B", "reasoning"),
    Mode("ollama", "llama3.2"),
    Mode("lmstudio", "qwen2.5-7b-instruct"),
]
NAMES = [mode.name for mode in MODES]


@pytest.fixture(scope="module")
def servers() -> Iterator[Dict[str, LocalServer]]:
    running: Dict[str, LocalServer] = {}
    try:
        for mode in MODES:
            running[mode.name] = LocalServer(app=LocalAPI(provider=mode.name, api_key=KEY)).__enter__()
        yield running
    finally:
        for server in running.values():
            server.__exit__(None, None, None)


@pytest.fixture(params=MODES, ids=NAMES)
def mode(request: pytest.FixtureRequest) -> Mode:
    return request.param  # type: ignore[no-any-return]


@pytest.fixture
def url(mode: Mode, servers: Dict[str, LocalServer]) -> str:
    servers[mode.name].app.faults.clear()
    return servers[mode.name].url


def ours(mode: Mode, url: str, key: str = KEY) -> OpenAI:
    return OpenAI.for_provider(mode.name, base_url=url, api_key=key, max_retries=0)


def reference(url: str, key: str = KEY) -> openai.OpenAI:
    return openai.OpenAI(base_url=url, api_key=key, max_retries=0)


def params(mode: Mode, **more: Any) -> Dict[str, Any]:
    return {
        "model": mode.model,
        "messages": [{"role": "user", "content": PROMPT}],
        "extra_body": mode.extra_body or None,
        **more,
    }


def as_dict(model: Any) -> Dict[str, Any]:
    return model.model_dump()  # type: ignore[no-any-return]


def expected_completion_tokens(mode: Mode) -> int:
    return ANSWER_TOKENS + (REASONING_TOKENS if mode.reasoning else 0)


def check_message(mode: Mode, message: Any) -> None:
    assert message.content == ANSWER
    data = as_dict(message)
    if mode.reasoning is not None:
        assert data.get(mode.reasoning) == REASONING_TEXT
    for name in ("reasoning_content", "reasoning"):
        if name != mode.reasoning:
            assert not data.get(name)


def streamed_text(chunks: List[Any], name: str) -> str:
    return "".join(as_dict(c.choices[0].delta).get(name) or "" for c in chunks if c.choices)


def stream_total(mode: Mode, chunks: List[Any]) -> Optional[int]:
    """The stream's total_tokens wherever ``mode`` puts it; None when it sent no usage."""
    last = as_dict(chunks[-1])
    if mode.usage == "last":  # zhipu, mistral: top-level usage on the last choice chunk
        assert last["choices"] and last["choices"][0]["finish_reason"] == "stop"
        return int(last["usage"]["total_tokens"])
    if mode.usage == "choice":  # moonshot: choices[0].usage
        return int(last["choices"][0]["usage"]["total_tokens"])
    if mode.usage == "x_groq":  # groq: x_groq.usage on the last choice chunk (then a usage chunk, if asked)
        last_choice = as_dict([c for c in chunks if c.choices][-1])
        return int(last_choice["x_groq"]["usage"]["total_tokens"])
    usages = [c.usage for c in chunks if c.usage is not None]
    return usages[-1].total_tokens if usages else None


def check_stream(mode: Mode, chunks: List[Any], *, asked_usage: bool) -> None:
    assert streamed_text(chunks, "content") == ANSWER
    if mode.reasoning is not None:
        assert streamed_text(chunks, mode.reasoning) == REASONING_TEXT
    finishes = [c.choices[0].finish_reason for c in chunks if c.choices and c.choices[0].finish_reason]
    assert finishes == ["stop"]
    total = stream_total(mode, chunks)
    if mode.usage == "chunk" and not asked_usage:
        assert total is None
    else:
        assert total == PROMPT_TOKENS + expected_completion_tokens(mode)
    if mode.usage in ("chunk", "x_groq") and asked_usage:  # the usage chunk: no choices
        assert not chunks[-1].choices and chunks[-1].usage is not None
        assert chunks[-1].usage.total_tokens == PROMPT_TOKENS + expected_completion_tokens(mode)


# -- chat: plain and streamed, sync and async -------------------------------------------------------


def test_sync_chat_plain_and_stream(mode: Mode, url: str) -> None:
    with ours(mode, url) as client:
        completion = client.chat.completions.create(**params(mode))
        check_message(mode, completion.choices[0].message)
        assert completion.choices[0].finish_reason == "stop"
        assert completion.usage is not None
        assert completion.usage.prompt_tokens == PROMPT_TOKENS
        assert completion.usage.completion_tokens == expected_completion_tokens(mode)
        assert completion.usage.total_tokens == PROMPT_TOKENS + expected_completion_tokens(mode)
        check_stream(mode, list(client.chat.completions.create(**params(mode, stream=True))), asked_usage=False)
        asked = params(mode, stream=True, stream_options={"include_usage": True})
        check_stream(mode, list(client.chat.completions.create(**asked)), asked_usage=True)


def test_async_chat_plain_and_stream(mode: Mode, url: str) -> None:
    async def main() -> None:
        async with AsyncOpenAI.for_provider(mode.name, base_url=url, api_key=KEY, max_retries=0) as client:
            completion = await client.chat.completions.create(**params(mode))
            check_message(mode, completion.choices[0].message)
            assert completion.usage is not None and completion.usage.total_tokens == PROMPT_TOKENS + (
                expected_completion_tokens(mode)
            )
            stream = await client.chat.completions.create(**params(mode, stream=True))
            check_stream(mode, [chunk async for chunk in stream], asked_usage=False)

            async with client.chat.completions.stream(**params(mode)) as helper:
                final = await helper.get_final_completion()
            check_message(mode, final.choices[0].message)

    anyio.run(main)


def test_stream_helper(mode: Mode, url: str) -> None:
    with ours(mode, url) as client:
        with client.chat.completions.stream(**params(mode, stream_options={"include_usage": True})) as stream:
            final = stream.get_final_completion()
        check_message(mode, final.choices[0].message)
        assert final.choices[0].finish_reason == "stop"
        # Wherever the mode puts it (moonshot: in the choice; groq: also in x_groq), the helper
        # reports the stream's usage (the reference's helper has none for moonshot).
        assert final.usage is not None
        assert final.usage.total_tokens == PROMPT_TOKENS + expected_completion_tokens(mode)
        if mode.name in ("zhipu", "moonshot", "groq", "mistral"):  # usage sent without being asked for
            with client.chat.completions.stream(**params(mode)) as stream:
                unasked = stream.get_final_completion()
            assert unasked.usage is not None
            assert unasked.usage.total_tokens == PROMPT_TOKENS + expected_completion_tokens(mode)


# -- the wire formats of the new modes ------------------------------------------------------------------


def raw_chat(mode: Mode, url: str, **more: Any) -> httpx.Response:
    body = {"model": mode.model, "messages": [{"role": "user", "content": PROMPT}], **mode.extra_body, **more}
    return httpx.post(f"{url}/chat/completions", json=body, headers={"Authorization": f"Bearer {KEY}"})


def raw_chunks(response: httpx.Response) -> List[Dict[str, Any]]:
    lines = [line[len("data: ") :] for line in response.text.splitlines() if line.startswith("data: ")]
    assert lines[-1] == "[DONE]"
    return [json.loads(line) for line in lines[:-1]]


def test_wire_formats(mode: Mode, url: str) -> None:
    body = raw_chat(mode, url).json()
    streamed = raw_chat(mode, url, stream=True)
    chunks = raw_chunks(streamed)
    choice, message, usage = body["choices"][0], body["choices"][0]["message"], body["usage"]
    if mode.name == "zhipu":
        assert body["request_id"] == body["id"] and "system_fingerprint" not in body and "logprobs" not in choice
        assert usage["completion_tokens_details"] == {"reasoning_tokens": REASONING_TOKENS}
        assert all("usage" not in c for c in chunks[:-1]) and chunks[-1]["usage"]["prompt_tokens"] == PROMPT_TOKENS
        plain = raw_chat(Mode("zhipu", "glm-4.6"), url).json()  # no thinking: no reasoning
        assert "reasoning_content" not in plain["choices"][0]["message"]
    elif mode.name == "moonshot":
        assert usage["cached_tokens"] == 0 and usage["prompt_tokens_details"] == {"cached_tokens": 0}
        assert chunks[-1]["choices"][0]["usage"]["cached_tokens"] == 0 and "usage" not in chunks[-1]
    elif mode.name == "openrouter":
        assert streamed.text.startswith(": OPENROUTER PROCESSING\n\n")
        assert body["provider"] == "OpenAI" and all(c["provider"] == "OpenAI" for c in chunks)
        assert usage["cost"] > 0 and "reasoning_content" not in message
        plain = raw_chat(Mode("openrouter", "openai/gpt-4o-mini"), url).json()
        assert plain["choices"][0]["message"]["reasoning"] is None
    elif mode.name == "groq":
        assert body["x_groq"]["id"].startswith("req_") and body["service_tier"] == "on_demand"
        assert usage["queue_time"] > 0 and usage["total_time"] > 0
        with_x_groq = [i for i, c in enumerate(chunks) if "x_groq" in c]
        assert with_x_groq == [0, len(chunks) - 1] and chunks[0]["x_groq"]["id"] == chunks[-1]["x_groq"]["id"]
    elif mode.name == "together":
        assert body["prompt"] == [] and choice["seed"] == 1000 and "system_fingerprint" not in body
        assert set(usage) == {"prompt_tokens", "completion_tokens", "total_tokens"}
        assert chunks[-1]["choices"][0]["seed"] == 1000
    elif mode.name == "mistral":
        assert message["prefix"] is False and message["tool_calls"] is None and "logprobs" not in choice
        assert "system_fingerprint" not in body and "service_tier" not in body and "refusal" not in message
        assert set(usage) == {"prompt_tokens", "completion_tokens", "total_tokens"}
        assert chunks[-1]["choices"][0]["finish_reason"] == "stop" and chunks[-1]["usage"]["total_tokens"] == 6
    elif mode.name == "lmstudio":
        assert body["system_fingerprint"] == mode.model and body["stats"] == {}
        assert all(c["stats"] == {} for c in chunks)
    else:
        assert "stats" not in body and "x_groq" not in body and "request_id" not in body


def test_tool_calls_survive(mode: Mode, url: str) -> None:
    tools = [{"type": "function", "function": {"name": "get_weather", "parameters": {"type": "object"}}}]
    with ours(mode, url) as client:
        message = client.chat.completions.create(**params(mode, tools=tools, tool_choice="required")).choices[0].message
        assert message.tool_calls and message.tool_calls[0].function.name == "get_weather"
        with client.chat.completions.stream(**params(mode, tools=tools, tool_choice="required")) as stream:
            final = stream.get_final_completion()
        calls = final.choices[0].message.tool_calls
        assert calls and calls[0].function.name == "get_weather" and calls[0].function.arguments == "{}"
        assert final.choices[0].finish_reason == "tool_calls"


# -- models and embeddings ------------------------------------------------------------------------------


def test_models_list(mode: Mode, url: str) -> None:
    with ours(mode, url) as client:
        models = client.models.list().data
        assert "gpt-4o-mini" in [model.id for model in models]
        first = as_dict(models[0])
        one = as_dict(client.models.retrieve("gpt-4o-mini"))
    assert one["id"] == "gpt-4o-mini"
    assert ("capabilities" in one) == (mode.name == "mistral") and ("pricing" in one) == (mode.name == "openrouter")
    raw = httpx.get(f"{url}/models", headers={"Authorization": f"Bearer {KEY}"}).json()
    card = raw["data"][0]
    if mode.name == "mistral":
        assert card["owned_by"] == "mistralai" and card["type"] == "base" and card["capabilities"]["completion_chat"]
        assert first["max_context_length"] == 32768
    elif mode.name == "openrouter":
        assert "object" not in raw and "object" not in card and "owned_by" not in card
        assert card["context_length"] == 128000 and first["pricing"] == {"prompt": "0", "completion": "0"}
    elif mode.name == "lmstudio":
        assert "created" not in card and card["owned_by"] == "organization_owner"
    else:
        assert card == {"id": card["id"], "object": "model", "created": 1700000000, "owned_by": "openwire"}


def test_embeddings(mode: Mode, url: str) -> None:
    with ours(mode, url) as client:
        result = client.embeddings.create(model="text-embedding-3-small", input=["hello there", "hi"])
    assert [len(item.embedding) for item in result.data] == [16, 16]
    data = as_dict(result)
    if mode.name == "together":
        assert data.get("usage") is None
    else:
        usage = data["usage"]
        assert usage["prompt_tokens"] == 3 and usage["total_tokens"] == 3
        assert ("completion_tokens" in usage) == (mode.name in ("mistral", "zhipu"))
    assert bool(data.get("id")) == (mode.name in ("mistral", "qwen"))


# -- errors ------------------------------------------------------------------------------------------------

ERRORS: List[Tuple[str, Type[Exception], Type[Exception]]] = [
    ("auth", openwire.AuthenticationError, openai.AuthenticationError),
    ("not_found", openwire.NotFoundError, openai.NotFoundError),
    ("rate_limit", openwire.RateLimitError, openai.RateLimitError),
    ("bad_request", openwire.BadRequestError, openai.BadRequestError),
    ("server", openwire.InternalServerError, openai.InternalServerError),
]
MESSAGES = {
    "auth": "Incorrect API key provided. You can find your API key in your openwire.local setup.",
    "not_found": "The model 'nope' does not exist",
    "rate_limit": "Rate limit reached for requests. Please retry after the delay in Retry-After.",
    "bad_request": "Missing required parameter: 'messages[0].role'.",
    "server": "The server had an error while processing your request. Sorry about that!",
}
STATUSES = {"auth": 401, "not_found": 404, "rate_limit": 429, "bad_request": 400, "server": 500}
ZHIPU_CODES = {401: "1000", 404: "1211", 429: "1302", 400: "1210", 500: "500"}
MOONSHOT_TYPES = {
    401: "invalid_authentication_error",
    404: "resource_not_found_error",
    429: "rate_limit_reached_error",
    400: "invalid_request_error",
    500: "server_error",
}


def provoke(kind: str, client: Any, mode: Mode, server: LocalServer) -> None:
    if kind == "rate_limit":
        server.app.faults.add("/chat/completions", status=429, retry_after=0)
    elif kind == "server":
        server.app.faults.add("/chat/completions", status=500)
    if kind == "not_found":
        client.models.retrieve("nope")
    elif kind == "bad_request":
        client.chat.completions.create(model=mode.model, messages=[{"content": "no role"}])
    else:
        client.chat.completions.create(**params(mode))


def expected_body(mode: Mode, kind: str) -> Dict[str, Any]:
    """The parts of the error body that show the provider's shape."""
    status, message = STATUSES[kind], MESSAGES[kind]
    if mode.name == "mistral":
        if kind == "bad_request":  # validated like FastAPI: a 422 with ``detail``
            return {"detail": [{"type": "missing", "loc": ["body", "messages", 0, "role"], "msg": "Field required"}]}
        return {
            "object": "error",
            "message": message,
            "param": "model" if kind == "not_found" else None,
        }
    if mode.name == "zhipu":
        return {"error": {"code": ZHIPU_CODES[status], "message": message}}
    if mode.name == "moonshot":
        return {"error": {"message": message, "type": MOONSHOT_TYPES[status]}}
    if mode.name == "openrouter":
        return {"error": {"code": status, "message": message, "metadata": {}}, "user_id": "user_openwire"}
    if mode.name == "lmstudio":
        return {"error": message}
    return {"error": {"message": message, "param": None if kind in ("auth", "rate_limit", "server") else ANY}}


class _Any:
    def __eq__(self, other: object) -> bool:
        return True


ANY: Any = _Any()


def matches(body: Any, expected: Any) -> bool:
    """``body`` has every key of ``expected`` with an equal value (recursively)."""
    if isinstance(expected, dict):
        return isinstance(body, dict) and all(
            key in body and matches(body[key], value) for key, value in expected.items()
        )
    return bool(expected == body)


@pytest.mark.parametrize("kind,ours_class,their_class", ERRORS, ids=[e[0] for e in ERRORS])
def test_error_shapes(
    mode: Mode,
    url: str,
    servers: Dict[str, LocalServer],
    kind: str,
    ours_class: Type[Exception],
    their_class: Type[Exception],
) -> None:
    key = "wrong" if kind == "auth" else KEY
    if mode.name == "mistral" and kind == "bad_request":
        ours_class, their_class = openwire.UnprocessableEntityError, openai.UnprocessableEntityError
    caught: List[Any] = []
    for client, expected_class in ((ours(mode, url, key), ours_class), (reference(url, key), their_class)):
        with client:
            with pytest.raises(expected_class) as info:
                provoke(kind, client, mode, servers[mode.name])
        caught.append(info.value)
    mine, theirs = caught
    assert (
        mine.status_code
        == theirs.status_code
        == (422 if ours_class is openwire.UnprocessableEntityError else STATUSES[kind])
    )
    body = json.loads(mine.response.text)
    if mode.name == "qwen":  # a request_id per response
        assert str(mine).replace(body["request_id"], "") == str(theirs).replace(
            theirs.body and json.loads(theirs.response.text)["request_id"], ""
        )
    else:
        assert str(mine) == str(theirs)
    assert matches(body, expected_body(mode, kind)), body
    if ours_class is not openwire.UnprocessableEntityError:
        assert MESSAGES[kind] in str(mine)
    if kind == "rate_limit":  # the fault's headers survive the reshaping
        assert mine.response.headers["retry-after"] == "0"
    if mode.name == "qwen":
        assert len(body["request_id"]) == 36 and body["error"]["message"] == MESSAGES[kind]


def test_every_mode_is_a_cli_choice() -> None:
    from openwire.local._emulations import EMULATIONS
    from openwire.providers import names

    assert set(EMULATIONS) == set(names()) - {"azure"} | {"bare"}
    assert set(NAMES) == set(EMULATIONS) - {"bare"}
    done = subprocess.run(
        [sys.executable, "-m", "openwire.local", "--help"], capture_output=True, text=True, check=True, timeout=30
    )
    assert all(name in done.stdout for name in EMULATIONS)


def test_bare_errors_are_fastapi_details() -> None:
    with LocalServer(provider="bare") as server:
        caught = []
        for client in (OpenAI(base_url=server.url, api_key="x", max_retries=0), reference(server.url, "x")):
            with client, pytest.raises((openwire.NotFoundError, openai.NotFoundError)) as info:
                client.models.retrieve("nope")
            caught.append(info.value)
    mine, theirs = caught
    assert isinstance(mine, openwire.NotFoundError) and isinstance(theirs, openai.NotFoundError)
    assert json.loads(mine.response.text) == {"detail": "The model 'nope' does not exist"}
    assert str(mine) == str(theirs) == "Error code: 404 - {'detail': \"The model 'nope' does not exist\"}"


# -- the reference SDK against the same emulations ------------------------------------------------------


def test_reference_sdk_reads_the_same(mode: Mode, url: str) -> None:
    with ours(mode, url) as mine_client, reference(url) as their_client:
        mine = mine_client.chat.completions.create(**params(mode))
        theirs = their_client.chat.completions.create(**params(mode))
        for completion in (mine, theirs):
            check_message(mode, completion.choices[0].message)
        assert mine.choices[0].finish_reason == theirs.choices[0].finish_reason == "stop"
        assert mine.usage is not None and theirs.usage is not None
        assert (mine.usage.prompt_tokens, mine.usage.completion_tokens, mine.usage.total_tokens) == (
            theirs.usage.prompt_tokens,
            theirs.usage.completion_tokens,
            theirs.usage.total_tokens,
        )
        if mode.reasoning is not None:
            assert (
                as_dict(mine.choices[0].message)[mode.reasoning] == as_dict(theirs.choices[0].message)[mode.reasoning]
            )

        asked = params(mode, stream=True, stream_options={"include_usage": True})
        my_chunks = list(mine_client.chat.completions.create(**asked))
        their_chunks = list(their_client.chat.completions.create(**asked))
        assert len(my_chunks) == len(their_chunks)
        for chunks in (my_chunks, their_chunks):
            check_stream(mode, chunks, asked_usage=True)
        assert stream_total(mode, my_chunks) == stream_total(mode, their_chunks)

        with their_client.chat.completions.stream(**params(mode)) as stream:
            final = stream.get_final_completion()
        check_message(mode, final.choices[0].message)
