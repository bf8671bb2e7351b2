"""Provider presets: ``openwire.providers``, ``OpenAI.for_provider`` and ``--provider``."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any, Dict, List

import httpx
import pytest

import openwire
from openwire import AsyncOpenAI, AzureOpenAI, OpenAI, OpenAIError, providers

KEY_VARS = (
    [p.api_key_env for p in providers.PROVIDERS.values() if p.api_key_env]
    + [variable for p in providers.PROVIDERS.values() for variable in p.region_api_key_env.values()]
    + [
        "OPENAI_BASE_URL",
        "AZURE_OPENAI_ENDPOINT",
        "OPENAI_API_VERSION",
        "AZURE_OPENAI_AD_TOKEN",
    ]
)

REQUIRED = {
    "openai",
    "azure",
    "deepseek",
    "qwen",
    "zhipu",
    "moonshot",
    "openrouter",
    "groq",
    "together",
    "mistral",
    "ollama",
    "vllm",
    "lmstudio",
}


@pytest.fixture(autouse=True)
def no_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in KEY_VARS:
        monkeypatch.delenv(var, raising=False)


# -- the table ---------------------------------------------------------------------------------


def test_every_required_preset_is_there() -> None:
    assert REQUIRED <= set(providers.names())
    assert providers.names() == sorted(providers.PROVIDERS)
    for preset in providers.PROVIDERS.values():
        assert preset.docs_url.startswith("https://")
        assert preset.example_models
        assert preset.requires_api_key == (preset.placeholder_api_key is None)
        for url in [preset.base_url, *preset.regions.values()]:
            if url is not None:
                assert url.startswith(("https://", "http://localhost:")) and not url.endswith("/")
        if preset.regions:
            assert preset.regions[preset.default_region or ""] == preset.base_url


@pytest.mark.parametrize(
    ("name", "base_url", "key_env"),
    [
        ("deepseek", "https://api.deepseek.com", "DEEPSEEK_API_KEY"),
        ("qwen", "https://dashscope-intl.aliyuncs.com/compatible-mode/v1", "DASHSCOPE_API_KEY"),
        ("zhipu", "https://open.bigmodel.cn/api/paas/v4", "ZHIPUAI_API_KEY"),
        ("moonshot", "https://api.moonshot.ai/v1", "MOONSHOT_API_KEY"),
        ("openrouter", "https://openrouter.ai/api/v1", "OPENROUTER_API_KEY"),
        ("groq", "https://api.groq.com/openai/v1", "GROQ_API_KEY"),
        ("together", "https://api.together.ai/v1", "TOGETHER_API_KEY"),
        ("mistral", "https://api.mistral.ai/v1", "MISTRAL_API_KEY"),
        ("ollama", "http://localhost:11434/v1", None),
        ("vllm", "http://localhost:8000/v1", "VLLM_API_KEY"),
        ("lmstudio", "http://localhost:1234/v1", None),
        ("openai", None, "OPENAI_API_KEY"),
        ("azure", None, "AZURE_OPENAI_API_KEY"),
    ],
)
def test_preset_facts(name: str, base_url: str, key_env: str) -> None:
    preset = providers.get(name)
    assert (preset.name, preset.base_url, preset.api_key_env) == (name, base_url, key_env)


def test_names_are_case_insensitive_and_have_aliases() -> None:
    assert providers.get("DeepSeek") is providers.get("deepseek")
    assert providers.get("dashscope") is providers.get("qwen")
    assert providers.get("kimi") is providers.get("moonshot")
    assert providers.get("glm") is providers.get("zhipu")
    assert providers.get("lm-studio") is providers.get("lmstudio")


def test_unknown_names_and_regions_list_the_known_ones() -> None:
    with pytest.raises(ValueError, match=r"unknown provider 'nowhere' \(known: azure, deepseek, "):
        providers.get("nowhere")
    with pytest.raises(ValueError, match=r"provider 'qwen' has no region 'mars' \(known: intl, cn, us, hk, coding"):
        providers.resolve_base_url(providers.get("qwen"), "mars")
    with pytest.raises(ValueError, match=r"provider 'deepseek' has no region 'cn' \(known: none\)"):
        providers.resolve_base_url(providers.get("deepseek"), "cn")


def test_a_name_that_is_not_a_string_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="a provider name is a str such as 'deepseek', got NoneType"):
        OpenAI.for_provider(None)  # type: ignore[arg-type]


def test_presets_are_frozen() -> None:
    preset = providers.get("deepseek")
    with pytest.raises(AttributeError):
        preset.base_url = "https://example.com"  # type: ignore[misc]
    with pytest.raises(TypeError):
        preset.regions["x"] = "y"  # type: ignore[index]
    assert hash(preset) == hash(providers.get("deepseek"))


def test_regions() -> None:
    qwen = providers.get("qwen")
    assert providers.resolve_base_url(qwen) == "https://dashscope-intl.aliyuncs.com/compatible-mode/v1"
    assert providers.resolve_base_url(qwen, "cn") == "https://dashscope.aliyuncs.com/compatible-mode/v1"
    assert providers.resolve_base_url(qwen, "CN") == "https://dashscope.aliyuncs.com/compatible-mode/v1"
    assert "coding" in qwen.regions
    assert providers.resolve_base_url(providers.get("kimi"), "cn") == "https://api.moonshot.cn/v1"
    assert providers.resolve_base_url(qwen, "hk") == "https://cn-hongkong.dashscope.aliyuncs.com/compatible-mode/v1"
    mistral = providers.get("mistral")
    assert providers.resolve_base_url(mistral, "eu") == "https://api.eu.mistral.ai/v1"
    assert providers.resolve_base_url(mistral, "us") == "https://api.us.mistral.ai/v1"


def test_a_region_may_read_its_own_key_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    zhipu = providers.get("zhipu")
    assert (providers.api_key_env(zhipu), providers.api_key_env(zhipu, "intl")) == ("ZHIPUAI_API_KEY", "ZAI_API_KEY")
    monkeypatch.setenv("ZHIPUAI_API_KEY", "sk-bigmodel")
    with pytest.raises(OpenAIError, match=r"provider 'zhipu' \(region 'intl'\): set the ZAI_API_KEY environment"):
        OpenAI.for_provider("zhipu", region="intl")
    monkeypatch.setenv("ZAI_API_KEY", "sk-zai")
    client = OpenAI.for_provider("zai", region="intl")
    assert (str(client.base_url), client.api_key) == ("https://api.z.ai/api/paas/v4/", "sk-zai")
    assert OpenAI.for_provider("zhipu").api_key == "sk-bigmodel"
    assert OpenAI.for_provider("zhipu", region="coding").api_key == "sk-bigmodel"
    coding = OpenAI.for_provider("zhipu", region="coding-intl")
    assert (str(coding.base_url), coding.api_key) == ("https://api.z.ai/api/coding/paas/v4/", "sk-zai")


def test_the_dashscope_plans_read_their_own_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    # Alibaba's coding and token plans, as Qwen Code (@qwen-code/qwen-code 0.15.10) sets them up.
    monkeypatch.setenv("DASHSCOPE_API_KEY", "sk-dashscope")
    with pytest.raises(OpenAIError, match="set the BAILIAN_CODING_PLAN_API_KEY environment variable"):
        OpenAI.for_provider("qwen", region="coding")
    monkeypatch.setenv("BAILIAN_CODING_PLAN_API_KEY", "sk-coding")
    client = OpenAI.for_provider("qwen", region="coding-intl")
    assert (str(client.base_url), client.api_key) == ("https://coding-intl.dashscope.aliyuncs.com/v1/", "sk-coding")
    monkeypatch.setenv("BAILIAN_TOKEN_PLAN_API_KEY", "sk-token")
    token = OpenAI.for_provider("qwen", region="token-plan")
    assert str(token.base_url) == "https://token-plan.cn-beijing.maas.aliyuncs.com/compatible-mode/v1/"
    assert token.api_key == "sk-token"
    assert OpenAI.for_provider("qwen", region="cn").api_key == "sk-dashscope"


def test_importing_the_presets_is_cheap() -> None:
    code = (
        "import sys, openwire.providers as p; p.get('qwen'); print('httpx' in sys.modules, 'pydantic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]
    assert openwire.providers is providers


# -- clients -----------------------------------------------------------------------------------


def test_for_provider_reads_the_key_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DEEPSEEK_API_KEY", "sk-deep")
    client = OpenAI.for_provider("deepseek")
    assert type(client) is OpenAI
    assert (str(client.base_url), client.api_key) == ("https://api.deepseek.com/", "sk-deep")
    client = OpenAI.for_provider("deepseek", api_key="sk-explicit", max_retries=0)
    assert (client.api_key, client.max_retries) == ("sk-explicit", 0)


@pytest.mark.parametrize("name", sorted(REQUIRED - {"openai", "azure", "ollama", "vllm", "lmstudio"}))
def test_a_missing_key_names_the_variable(name: str) -> None:
    key_env = providers.get(name).api_key_env
    with pytest.raises(OpenAIError, match=f"set the {key_env} environment variable or pass `api_key`"):
        OpenAI.for_provider(name)
    with pytest.raises(OpenAIError, match=f"set the {key_env} environment variable"):
        AsyncOpenAI.for_provider(name)


def test_openai_preset_keeps_the_client_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(OpenAIError, match="OPENAI_API_KEY"):
        OpenAI.for_provider("openai")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-openai")
    assert str(OpenAI.for_provider("openai").base_url) == "https://api.openai.com/v1/"
    monkeypatch.setenv("OPENAI_BASE_URL", "http://proxy.example/v1")
    assert str(OpenAI.for_provider("openai").base_url) == "http://proxy.example/v1/"


def test_local_servers_need_no_key(monkeypatch: pytest.MonkeyPatch) -> None:
    assert OpenAI.for_provider("ollama").api_key == "ollama"
    assert AsyncOpenAI.for_provider("lmstudio").api_key == "lm-studio"
    assert OpenAI.for_provider("vllm").api_key == "EMPTY"
    monkeypatch.setenv("VLLM_API_KEY", "served-with-a-key")
    assert OpenAI.for_provider("vllm").api_key == "served-with-a-key"


def test_region_and_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DASHSCOPE_API_KEY", "sk-ds")
    assert (
        str(OpenAI.for_provider("qwen", region="cn").base_url) == "https://dashscope.aliyuncs.com/compatible-mode/v1/"
    )
    assert str(AsyncOpenAI.for_provider("dashscope", region="coding", api_key="sk-coding").base_url).startswith(
        "https://coding."
    )
    custom = OpenAI.for_provider("qwen", base_url="http://gateway.internal/v1")
    assert str(custom.base_url) == "http://gateway.internal/v1/"
    with pytest.raises(ValueError, match="either `region` or `base_url`"):
        OpenAI.for_provider("qwen", region="cn", base_url="http://gateway.internal/v1")
    with pytest.raises(ValueError, match="no region 'mars'"):
        OpenAI.for_provider("qwen", region="mars")


def test_azure_preset_builds_an_azure_client(monkeypatch: pytest.MonkeyPatch) -> None:
    from openwire import AsyncAzureOpenAI

    monkeypatch.setenv("AZURE_OPENAI_API_KEY", "az-key")
    monkeypatch.setenv("AZURE_OPENAI_ENDPOINT", "https://example-resource.openai.azure.com")
    monkeypatch.setenv("OPENAI_API_VERSION", "2024-10-21")
    client = OpenAI.for_provider("azure")
    assert isinstance(client, AzureOpenAI) and client.api_key == "az-key"
    assert str(client.base_url) == "https://example-resource.openai.azure.com/openai/"
    assert isinstance(AsyncOpenAI.for_provider("azure", api_key="other"), AsyncAzureOpenAI)
    with pytest.raises(ValueError, match="no regions"):
        OpenAI.for_provider("azure", region="eu")
    monkeypatch.delenv("AZURE_OPENAI_API_KEY")
    with pytest.raises(OpenAIError, match="AZURE_OPENAI_API_KEY"):
        OpenAI.for_provider("azure")


def _deepseek_transport(seen: List[httpx.Request]) -> httpx.MockTransport:
    """Answers like DeepSeek's docs show: no ``system_fingerprint``/``logprobs``, plus ``reasoning_content``."""

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        body: Dict[str, Any] = json.loads(request.content)
        if body.get("stream"):
            chunks = [
                {"id": "c1", "model": body["model"], "choices": [{"index": 0, "delta": {"role": "assistant"}}]},
                {
                    "id": "c1",
                    "model": body["model"],
                    "choices": [
                        {"index": 0, "delta": {"content": None, "reasoning_content": "Thin"}, "logprobs": None}
                    ],
                },
                {"id": "c1", "model": body["model"], "choices": [{"index": 0, "delta": {"reasoning_content": "k."}}]},
                {"id": "c1", "model": body["model"], "choices": [{"index": 0, "delta": {"content": "Hel"}}]},
                {
                    "id": "c1",
                    "model": body["model"],
                    "choices": [{"index": 0, "delta": {"content": "lo"}, "finish_reason": "stop"}],
                    "usage": None,
                },
            ]
            text = "".join(f"data: {json.dumps(c)}\n\n" for c in chunks)  # no [DONE]
            return httpx.Response(200, text=text, headers={"content-type": "text/event-stream"})
        return httpx.Response(
            200,
            json={
                "id": "c1",
                "model": body["model"],
                "choices": [
                    {
                        "index": 0,
                        "finish_reason": "stop",
                        "logprobs": None,
                        "message": {
                            "role": "assistant",
                            "content": "Hello",
                            "reasoning_content": "think",
                            "tool_calls": None,
                        },
                    }
                ],
                "usage": {
                    "prompt_tokens": 3,
                    "completion_tokens": 1,
                    "total_tokens": 4,
                    "prompt_cache_hit_tokens": 2,
                    "prompt_cache_miss_tokens": 1,
                },
            },
        )

    return httpx.MockTransport(handler)


def test_chat_and_stream_through_a_preset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DEEPSEEK_API_KEY", "sk-deep")
    seen: List[httpx.Request] = []
    client = OpenAI.for_provider("deepseek", http_client=httpx.Client(transport=_deepseek_transport(seen)))
    completion = client.chat.completions.create(model="deepseek-chat", messages=[{"role": "user", "content": "hi"}])
    assert completion.choices[0].message.content == "Hello"
    usage = completion.usage
    assert usage is not None
    assert (providers.cache_hit_tokens(usage), providers.cache_miss_tokens(usage)) == (2, 1)  # typed
    assert usage.model_extra == {"prompt_cache_hit_tokens": 2, "prompt_cache_miss_tokens": 1}
    assert str(seen[0].url) == "https://api.deepseek.com/chat/completions"
    assert seen[0].headers["authorization"] == "Bearer sk-deep"
    # No object / created / system_fingerprint, null lists: parsed, and nothing is dropped.
    message = completion.choices[0].message
    assert (message.tool_calls, completion.choices[0].logprobs, completion.system_fingerprint) == (None, None, None)
    assert providers.reasoning_content(message) == "think"
    assert message.model_extra == {"reasoning_content": "think"}
    assert completion.to_dict()["choices"][0]["message"]["reasoning_content"] == "think"

    stream = client.chat.completions.create(
        model="deepseek-chat", messages=[{"role": "user", "content": "hi"}], stream=True
    )
    chunks = list(stream)  # the stream ends without [DONE]
    assert "".join(c.choices[0].delta.content or "" for c in chunks) == "Hello"
    assert "".join(providers.reasoning_content(c.choices[0].delta) or "" for c in chunks) == "Think."

    # The stream helper accumulates reasoning_content apart from content.
    with client.chat.completions.stream(model="deepseek-reasoner", messages=[{"role": "user", "content": "hi"}]) as s:
        final = s.get_final_completion()
    assert final.choices[0].message.content == "Hello"
    assert providers.reasoning_content(final.choices[0].message) == "Think."


@pytest.mark.anyio
async def test_async_chat_through_a_preset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DASHSCOPE_API_KEY", "sk-ds")
    seen: List[httpx.Request] = []
    transport = _deepseek_transport(seen)

    async def handle(request: httpx.Request) -> httpx.Response:
        return transport.handler(request)  # type: ignore[no-any-return]

    client = AsyncOpenAI.for_provider(
        "qwen", region="cn", http_client=httpx.AsyncClient(transport=httpx.MockTransport(handle))
    )
    completion = await client.chat.completions.create(model="qwen-plus", messages=[{"role": "user", "content": "hi"}])
    assert completion.choices[0].message.content == "Hello"
    assert str(seen[0].url) == "https://dashscope.aliyuncs.com/compatible-mode/v1/chat/completions"
    stream = await client.chat.completions.create(
        model="qwen-plus", messages=[{"role": "user", "content": "hi"}], stream=True
    )
    assert "".join([c.choices[0].delta.content or "" async for c in stream]) == "Hello"
    async with client.chat.completions.stream(model="qwen-plus", messages=[{"role": "user", "content": "hi"}]) as s:
        final = await s.get_final_completion()
    assert providers.reasoning_content(final.choices[0].message) == "Think."


def test_qwen_thinking_options_go_through_extra_body(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DASHSCOPE_API_KEY", "sk-ds")
    seen: List[httpx.Request] = []
    client = OpenAI.for_provider("qwen", http_client=httpx.Client(transport=_deepseek_transport(seen)))
    client.chat.completions.create(
        model="qwen-plus",
        messages=[{"role": "user", "content": "hi"}],
        extra_body={"enable_thinking": True, "thinking_budget": 1024},
    )
    sent = json.loads(seen[0].content)
    assert (sent["enable_thinking"], sent["thinking_budget"]) == (True, 1024)
    assert str(seen[0].url) == "https://dashscope-intl.aliyuncs.com/compatible-mode/v1/chat/completions"
