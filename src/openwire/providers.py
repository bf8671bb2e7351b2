"""Presets for OpenAI-compatible providers: base URL, key variable, regions, example models.

    >>> from openwire import OpenAI, providers
    >>> providers.get("deepseek").base_url
    'https://api.deepseek.com'
    >>> client = OpenAI.for_provider("qwen", region="cn")  # reads DASHSCOPE_API_KEY

Pure data and functions: importing this module imports neither httpx nor pydantic. The facts
(URLs, variables, models) come from each provider's public documentation (see ``docs_url``
and ``docs/providers.md``).

Fields providers add to OpenAI's answers (a thinking model's reasoning, DeepSeek's cache
counters) stay in the models' ``model_extra``, as in the reference; typed readers:

    >>> providers.reasoning_content(completion.choices[0].message)  # DeepSeek, Qwen, Zhipu, ...
    >>> providers.reasoning(chunk.choices[0].delta)                 # vLLM, OpenRouter, Groq
    >>> providers.cache_hit_tokens(completion.usage)                # DeepSeek

They are functions, not properties of ``ChatCompletionMessage`` & co., so those classes carry no
attribute the reference's lack: libraries subclass them with their own ``reasoning`` field, or
assign ``message.reasoning_content = ...``, as they do with the reference.

Thinking models want their reasoning back on the next turn of a tool loop; ``to_param`` turns an
answer into the request-side message with the preset's fields, ``Conversation`` keeps the list:

    >>> messages.append(providers.to_param(completion.choices[0].message, "deepseek"))

Each preset also records which structured-output modes its server supports
(``Provider.structured``); ``chat.completions.parse`` on a preset client negotiates with it.
"""

from __future__ import annotations

import copy
import importlib
import os
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Dict, List, Mapping, Optional, Tuple, Type, TypeVar, Union, cast

from ._bedrock import AwsCredentialsProvider, BedrockProvider, BedrockTokenProvider
from ._exceptions import OpenAIError
from ._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.chat.chat_completion_assistant_message_param import ChatCompletionAssistantMessageParam

__all__ = [
    "Provider",
    "PROVIDERS",
    "get",
    "names",
    "resolve_base_url",
    "resolve_api_key",
    "api_key_env",
    "client_arguments",
    "reasoning_content",
    "reasoning",
    "cache_hit_tokens",
    "cache_miss_tokens",
    "Structured",
    "ClientPreset",
    "STRATEGIES",
    "to_param",
    "with_provider",
    "preset_of",
    "REASONING_FIELDS",
    "bedrock",
]

# ``Conversation`` and ``AsyncConversation`` (``lib/_async/conversation.py``) resolve on first
# use and stay out of ``__all__``: they drive clients, a layer above this module.
_LAZY = {
    "Conversation": ".lib._sync.conversation",
    "AsyncConversation": ".lib._async.conversation",
}

_T = TypeVar("_T")
_ClientT = TypeVar("_ClientT")

_EMPTY: Mapping[str, str] = MappingProxyType({})


Support = str
"""``"yes"``, ``"partial"`` (some models, routes or server versions) or ``"no"``."""

STRATEGIES = ("json_schema", "json_object", "tools")


@dataclass(frozen=True)
class Structured:
    """What a server does with each way of asking for JSON (``docs/providers.md`` cites the sources).

    ``parse()`` uses the first mode the server fully supports, in the order of
    :data:`STRATEGIES`; ``json_object`` (with the schema in the instructions) when none is, as a
    model follows instructions even where ``response_format`` is ignored.
    """

    json_schema: Support = "yes"
    json_object: Support = "yes"
    tools: Support = "yes"

    @property
    def strategy(self) -> str:
        for name in STRATEGIES:
            if getattr(self, name) == "yes":
                return name
        return "json_object"


_OPENAI_LIKE = Structured()


@dataclass(frozen=True)
class Provider:
    """An OpenAI-compatible server: where it lives and where its key comes from."""

    name: str
    base_url: Optional[str]
    """The default region's URL; ``None``: the client's own default (``openai``, ``azure``)."""
    api_key_env: Optional[str]
    """The environment variable holding the key; ``None`` for local servers without keys."""
    docs_url: str
    example_models: Tuple[str, ...] = ()
    regions: Mapping[str, str] = field(default_factory=lambda: _EMPTY, hash=False)
    """Region (or plan) name -> base URL; the default region's URL is ``base_url``."""
    default_region: Optional[str] = None
    default_headers: Mapping[str, str] = field(default_factory=lambda: _EMPTY, hash=False)
    aliases: Tuple[str, ...] = ()
    region_api_key_env: Mapping[str, str] = field(default_factory=lambda: _EMPTY, hash=False)
    """Regions whose key lives in another variable (Z.ai's ``ZAI_API_KEY``)."""
    placeholder_api_key: Optional[str] = None
    """The key sent when none is configured (local servers accept any key)."""
    azure: bool = False
    """Built with :class:`openwire.AzureOpenAI` (endpoint and API version from its own variables)."""
    notes: str = field(default="", compare=False)
    reasoning_fields: Tuple[str, ...] = ()
    """Fields of an assistant message to send back on the next request (a thinking model's tool loop)."""
    structured: Structured = _OPENAI_LIKE

    @property
    def requires_api_key(self) -> bool:
        return self.placeholder_api_key is None


def _regions(**urls: str) -> Mapping[str, str]:
    return MappingProxyType(dict(urls))


_DASHSCOPE = _regions(
    intl="https://dashscope-intl.aliyuncs.com/compatible-mode/v1",
    cn="https://dashscope.aliyuncs.com/compatible-mode/v1",
    us="https://dashscope-us.aliyuncs.com/compatible-mode/v1",
    hk="https://cn-hongkong.dashscope.aliyuncs.com/compatible-mode/v1",
    coding="https://coding.dashscope.aliyuncs.com/v1",
    **{
        "coding-intl": "https://coding-intl.dashscope.aliyuncs.com/v1",
        "token-plan": "https://token-plan.cn-beijing.maas.aliyuncs.com/compatible-mode/v1",
    },
)
_ZHIPU = _regions(
    cn="https://open.bigmodel.cn/api/paas/v4",
    coding="https://open.bigmodel.cn/api/coding/paas/v4",
    intl="https://api.z.ai/api/paas/v4",
    **{"coding-intl": "https://api.z.ai/api/coding/paas/v4"},
)
_MISTRAL = _regions(
    **{
        "global": "https://api.mistral.ai/v1",
        "eu": "https://api.eu.mistral.ai/v1",
        "us": "https://api.us.mistral.ai/v1",
    }
)
_MOONSHOT = _regions(**{"global": "https://api.moonshot.ai/v1", "cn": "https://api.moonshot.cn/v1"})

_ALL: Tuple[Provider, ...] = (
    Provider(
        name="openai",
        base_url=None,
        api_key_env="OPENAI_API_KEY",
        docs_url="https://platform.openai.com/docs/api-reference",
        example_models=("gpt-4o-mini", "gpt-4.1", "gpt-5.4-mini"),
        notes="base URL from OPENAI_BASE_URL, else https://api.openai.com/v1",
    ),
    Provider(
        name="azure",
        base_url=None,
        api_key_env="AZURE_OPENAI_API_KEY",
        docs_url="https://learn.microsoft.com/azure/ai-services/openai/reference",
        example_models=("<your deployment name>",),
        aliases=("azure-openai",),
        azure=True,
        notes="endpoint from AZURE_OPENAI_ENDPOINT, API version from OPENAI_API_VERSION",
    ),
    Provider(
        name="deepseek",
        base_url="https://api.deepseek.com",
        api_key_env="DEEPSEEK_API_KEY",
        docs_url="https://api-docs.deepseek.com/",
        example_models=("deepseek-v4-flash", "deepseek-v4-pro"),
        notes="thinking: extra_body={'thinking': {'type': 'enabled'}}; reasoning_content on messages and deltas",
        reasoning_fields=("reasoning_content",),
        structured=Structured(json_schema="no"),
    ),
    Provider(
        name="qwen",
        base_url=_DASHSCOPE["intl"],
        api_key_env="DASHSCOPE_API_KEY",
        docs_url="https://www.alibabacloud.com/help/en/model-studio/compatibility-of-openai-with-dashscope",
        example_models=("qwen-plus", "qwen-max", "qwen-flash", "qwen3-coder-plus"),
        regions=_DASHSCOPE,
        default_region="intl",
        aliases=("dashscope", "alibaba"),
        region_api_key_env=_regions(
            coding="BAILIAN_CODING_PLAN_API_KEY",
            **{"coding-intl": "BAILIAN_CODING_PLAN_API_KEY", "token-plan": "BAILIAN_TOKEN_PLAN_API_KEY"},
        ),
        notes="thinking: extra_body={'enable_thinking': True, 'thinking_budget': N}; the coding plan "
        "(regions coding / coding-intl) and the token plan have their own keys and variables",
        reasoning_fields=("reasoning_content",),
        structured=Structured(json_schema="partial"),
    ),
    Provider(
        name="zhipu",
        base_url=_ZHIPU["cn"],
        api_key_env="ZHIPUAI_API_KEY",
        docs_url="https://docs.bigmodel.cn/",
        example_models=("glm-4.7", "glm-4.6", "glm-4.5-air"),
        regions=_ZHIPU,
        default_region="cn",
        aliases=("glm", "bigmodel", "zai"),
        region_api_key_env=_regions(intl="ZAI_API_KEY", **{"coding-intl": "ZAI_API_KEY"}),
        notes="thinking: extra_body={'thinking': {'type': 'enabled'}}; Z.ai (regions intl, coding-intl) "
        "reads ZAI_API_KEY",
        reasoning_fields=("reasoning_content",),
        structured=Structured(json_schema="no"),
    ),
    Provider(
        name="moonshot",
        base_url=_MOONSHOT["global"],
        api_key_env="MOONSHOT_API_KEY",
        docs_url="https://platform.moonshot.ai/docs",
        example_models=("kimi-k2.6", "kimi-k3"),
        regions=_MOONSHOT,
        default_region="global",
        aliases=("kimi",),
        reasoning_fields=("reasoning_content",),
        structured=Structured(json_schema="no"),
    ),
    Provider(
        name="openrouter",
        base_url="https://openrouter.ai/api/v1",
        api_key_env="OPENROUTER_API_KEY",
        docs_url="https://openrouter.ai/docs",
        example_models=("openai/gpt-4o-mini", "anthropic/claude-4.5-sonnet"),
        notes="optional attribution headers HTTP-Referer and X-OpenRouter-Title (formerly X-Title): "
        "pass default_headers=; reasoning arrives in `reasoning`",
        reasoning_fields=("reasoning", "reasoning_details"),
        structured=Structured(json_schema="partial", json_object="partial"),
    ),
    Provider(
        name="groq",
        base_url="https://api.groq.com/openai/v1",
        api_key_env="GROQ_API_KEY",
        docs_url="https://console.groq.com/docs/openai",
        example_models=("llama-3.3-70b-versatile", "llama-3.1-8b-instant", "openai/gpt-oss-120b"),
        notes="reasoning arrives in `reasoning` with reasoning_format='parsed'; extras in `x_groq`",
        structured=Structured(json_schema="partial"),
    ),
    Provider(
        name="together",
        base_url="https://api.together.ai/v1",
        api_key_env="TOGETHER_API_KEY",
        docs_url="https://docs.together.ai/docs/openai-api-compatibility",
        example_models=("openai/gpt-oss-120b", "deepseek-ai/DeepSeek-V3"),
        aliases=("togetherai",),
        structured=Structured(json_schema="partial"),
    ),
    Provider(
        name="mistral",
        base_url=_MISTRAL["global"],
        api_key_env="MISTRAL_API_KEY",
        docs_url="https://docs.mistral.ai/api/",
        example_models=("mistral-large-latest", "mistral-small-latest", "codestral-latest"),
        regions=_MISTRAL,
        default_region="global",
        notes="error bodies are top-level: {'object': 'error', 'message': ..., 'code': ...}",
    ),
    Provider(
        name="ollama",
        base_url="http://localhost:11434/v1",
        api_key_env=None,
        docs_url="https://github.com/ollama/ollama/blob/main/docs/openai.md",
        example_models=("llama3.2", "qwen2.5", "deepseek-r1"),
        placeholder_api_key="ollama",
        structured=Structured(json_schema="partial"),
    ),
    Provider(
        name="vllm",
        base_url="http://localhost:8000/v1",
        api_key_env="VLLM_API_KEY",
        docs_url="https://docs.vllm.ai/en/latest/serving/openai_compatible_server.html",
        example_models=("<the --model the server was started with>",),
        placeholder_api_key="EMPTY",
        notes="VLLM_API_KEY only when the server was started with --api-key; reasoning parsers send "
        "`reasoning` (older releases `reasoning_content`)",
        reasoning_fields=("reasoning", "reasoning_content"),
        structured=Structured(json_schema="partial", json_object="partial", tools="partial"),
    ),
    Provider(
        name="lmstudio",
        base_url="http://localhost:1234/v1",
        api_key_env=None,
        docs_url="https://lmstudio.ai/docs/app/api/endpoints/openai",
        example_models=("<the model loaded in LM Studio>",),
        aliases=("lm-studio",),
        placeholder_api_key="lm-studio",
        structured=Structured(json_object="no"),
    ),
)

PROVIDERS: Mapping[str, Provider] = MappingProxyType({p.name: p for p in _ALL})
"""Every preset by its canonical name."""

_BY_NAME: Dict[str, Provider] = {alias: p for p in _ALL for alias in (p.name, *p.aliases)}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, "openwire"), name)
    globals()[name] = value
    return value


def names() -> List[str]:
    """The canonical preset names, sorted."""
    return sorted(PROVIDERS)


def get(name: str) -> Provider:
    """The preset called ``name`` (case-insensitive; aliases such as ``dashscope`` or ``kimi`` work).

    Raises ``ValueError`` naming the known presets (``TypeError`` for a name that is not a str).
    """
    if not isinstance(name, str):
        raise TypeError(f"a provider name is a str such as 'deepseek', got {type(name).__name__}")
    try:
        return _BY_NAME[name.strip().lower()]
    except KeyError:
        raise ValueError(f"unknown provider {name!r} (known: {', '.join(names())})") from None


def resolve_base_url(provider: Provider, region: Optional[str] = None) -> Optional[str]:
    """The base URL for ``region`` (``None``: the default region)."""
    if region is None:
        return provider.base_url
    try:
        return provider.regions[region.strip().lower()]
    except KeyError:
        known = ", ".join(provider.regions) or "none"
        raise ValueError(f"provider {provider.name!r} has no region {region!r} (known: {known})") from None


def api_key_env(provider: Provider, region: Optional[str] = None) -> Optional[str]:
    """The variable holding the key for ``region`` (``None``: the default region)."""
    if region is not None:
        return provider.region_api_key_env.get(region.strip().lower(), provider.api_key_env)
    return provider.api_key_env


def resolve_api_key(provider: Provider, api_key: Optional[str] = None, region: Optional[str] = None) -> str:
    """``api_key``, else the variable of the provider (and region), else the placeholder of a
    local server.

    Raises :class:`openwire.OpenAIError` naming the variable when a required key is missing.
    """
    if api_key:
        return api_key
    variable = api_key_env(provider, region)
    key = os.environ.get(variable) if variable else None
    if key:
        return key
    if provider.placeholder_api_key is not None:
        return provider.placeholder_api_key
    where = f"provider {provider.name!r}" + (f" (region {region!r})" if region else "")
    raise OpenAIError(f"Missing credentials for {where}: set the {variable} environment variable or pass `api_key`.")


@dataclass(frozen=True)
class ClientPreset:
    """What a client built for a preset remembers (``client._preset``, kept by ``with_options``)."""

    provider: Provider
    structured_outputs: Optional[str] = None
    """The mode ``parse()`` uses: one of :data:`STRATEGIES`; ``None``: the preset's ``structured.strategy``."""
    reask: bool = False
    """Whether ``parse()`` asks once more, with the validation error, when an answer does not fit."""

    def __post_init__(self) -> None:
        if self.structured_outputs is not None and self.structured_outputs not in STRATEGIES:
            raise ValueError(
                f"structured_outputs must be one of {', '.join(STRATEGIES)} (or None for the preset's "
                f"choice), got {self.structured_outputs!r}"
            )
        if not isinstance(self.reask, bool):
            raise TypeError(f"reask is a bool, got {type(self.reask).__name__}")

    @property
    def strategy(self) -> str:
        return self.structured_outputs or self.provider.structured.strategy


def client_arguments(
    name: str, *, region: Optional[str] = None, api_key: Optional[str] = None, **kwargs: Any
) -> Tuple[Provider, Dict[str, Any]]:
    """The preset and the keyword arguments of its client (``OpenAI(**arguments)``).

    ``kwargs`` (``base_url``, ``default_headers``, ``timeout``, ...) override the preset;
    ``default_headers`` are merged over the preset's.
    """
    provider = get(name)
    arguments: Dict[str, Any] = dict(kwargs)
    if provider.default_headers:
        arguments["default_headers"] = {**provider.default_headers, **(kwargs.get("default_headers") or {})}
    if provider.azure:
        if region is not None:
            raise ValueError("the azure preset has no regions: pass `azure_endpoint`")
        if api_key is not None:
            arguments["api_key"] = api_key
        return provider, arguments
    if arguments.get("base_url") is None:
        arguments["base_url"] = resolve_base_url(provider, region)
    elif region is not None:
        raise ValueError("pass either `region` or `base_url`, not both")
    arguments["api_key"] = resolve_api_key(provider, api_key, region)
    return provider, arguments


# -- provider fields of OpenAI's models, read from ``model_extra`` -----------------------------


def reasoning_content(message_or_delta: Any) -> Optional[str]:
    """The reasoning of a thinking model, sent apart from the answer under ``reasoning_content``
    (DeepSeek, Qwen, Zhipu, Moonshot, older vLLM), on a message or a stream delta; else ``None``."""
    return _extra(message_or_delta, "reasoning_content", str)


def reasoning(message_or_delta: Any) -> Optional[str]:
    """The reasoning under the name vLLM's reasoning parsers, OpenRouter and Groq use; else ``None``."""
    return _extra(message_or_delta, "reasoning", str)


def cache_hit_tokens(usage: Any) -> Optional[int]:
    """Prompt tokens served from DeepSeek's context cache (``prompt_cache_hit_tokens``); else ``None``."""
    return _extra(usage, "prompt_cache_hit_tokens", int)


def cache_miss_tokens(usage: Any) -> Optional[int]:
    """Prompt tokens not found in DeepSeek's context cache (``prompt_cache_miss_tokens``); else ``None``."""
    return _extra(usage, "prompt_cache_miss_tokens", int)


def _extra(model: Any, name: str, kind: Type[_T]) -> Optional[_T]:
    """A field the OpenAI spec lacks, from a model's extras (or a subclass's own field of that
    name); a value that is not a ``kind`` (a bool for a count) reads as ``None``."""
    if model is None:
        return None
    extra = getattr(model, "__pydantic_extra__", None)
    value = extra.get(name) if extra else None
    if value is None:
        value = getattr(model, name, None)  # a library's subclass that declares the field
    if isinstance(value, kind) and not (isinstance(value, bool) and kind is not bool):
        return value
    return None


# -- sending a thinking model's answer back ----------------------------------------------------

REASONING_FIELDS: Tuple[str, ...] = ("reasoning_content", "reasoning", "reasoning_details")
"""Every reasoning field a provider sends; all of them are kept when no provider is named."""


def _provider(provider: Union[str, Provider, None]) -> Optional[Provider]:
    if provider is None or isinstance(provider, Provider):
        return provider
    return get(provider)


def preset_of(client: object) -> Optional[ClientPreset]:
    """The preset a client was built for (``OpenAI.for_provider``, :func:`with_provider`), if any."""
    preset = getattr(client, "_preset", None)
    return preset if isinstance(preset, ClientPreset) else None


def _field(message: Any, name: str) -> Any:
    extra = getattr(message, "__pydantic_extra__", None)
    value = extra.get(name) if extra else None
    if value is None:
        value = getattr(message, name, None)  # a library's subclass that declares the field
    return value


def _tool_call(call: Any) -> Dict[str, Any]:
    kind = getattr(call, "type", "function")
    if kind == "custom":
        return {"id": call.id, "type": "custom", "custom": {"name": call.custom.name, "input": call.custom.input}}
    function = call.function
    return {"id": call.id, "type": "function", "function": {"name": function.name, "arguments": function.arguments}}


def to_param(message: Any, provider: Union[str, Provider, None] = None) -> "ChatCompletionAssistantMessageParam":
    """``message`` (``completion.choices[i].message``, or the stream helper's final message) as
    the assistant message of the next request.

    Keeps content, refusal, tool calls, a function call and the audio id; leaves out what only
    answers carry (annotations, parsed content). ``provider`` (a preset name or
    :class:`~openwire.providers.Provider`) decides which reasoning fields go back: those of
    ``Provider.reasoning_fields`` (none for OpenAI, which rejects unknown fields); ``None``
    keeps every reasoning field the message has. Values are copied as they came.
    """
    if isinstance(message, Mapping):
        return cast("ChatCompletionAssistantMessageParam", dict(message))
    if getattr(message, "role", None) != "assistant" or not hasattr(message, "tool_calls"):
        raise TypeError(
            f"to_param() takes a chat completion message (completion.choices[0].message), got {type(message).__name__}"
        )
    preset = _provider(provider)
    param: Dict[str, Any] = {"role": "assistant", "content": message.content}
    if message.refusal is not None:
        param["refusal"] = message.refusal
    if message.tool_calls:
        param["tool_calls"] = [_tool_call(call) for call in message.tool_calls]
    if getattr(message, "function_call", None) is not None:
        param["function_call"] = {"name": message.function_call.name, "arguments": message.function_call.arguments}
    if getattr(message, "audio", None) is not None:
        param["audio"] = {"id": message.audio.id}
    for name in preset.reasoning_fields if preset is not None else REASONING_FIELDS:
        value = _field(message, name)
        if value is not None:
            param[name] = copy.deepcopy(value)
    return cast("ChatCompletionAssistantMessageParam", param)


def with_provider(
    client: _ClientT,
    provider: Union[str, Provider],
    *,
    structured_outputs: Optional[str] = None,
    reask: bool = False,
) -> _ClientT:
    """A copy of ``client`` (``OpenAI``, ``AsyncOpenAI``, ...) that behaves as a client of the
    preset ``provider``, for clients built by hand (a proxy URL, a test server): ``parse()``
    negotiates structured outputs and :class:`~openwire.providers.Conversation` sends the
    preset's reasoning fields back. The arguments are those of ``OpenAI.for_provider``."""
    copy_method = getattr(client, "with_options", None)
    if copy_method is None:
        raise TypeError(f"with_provider() takes an openwire client, got {type(client).__name__}")
    preset = ClientPreset(_provider(provider) or get("openai"), structured_outputs, reask)
    new = copy_method()
    new._preset = preset
    return cast(_ClientT, new)


def bedrock(
    *,
    region: Optional[str] = None,
    base_url: Any = NOT_GIVEN,
    api_key: Union[str, NotGiven, None] = NOT_GIVEN,
    token_provider: Optional[BedrockTokenProvider] = None,
    access_key_id: Optional[str] = None,
    secret_access_key: Optional[str] = None,
    session_token: Optional[str] = None,
    profile: Optional[str] = None,
    credential_provider: Optional[AwsCredentialsProvider] = None,
) -> BedrockProvider:
    """Amazon Bedrock as a client's ``provider=`` (the reference's ``openai.providers.bedrock``):
    ``OpenAI(provider=providers.bedrock(region="us-west-2"))`` behaves as ``BedrockOpenAI``.

    Resolved when the client is built: a bearer token (``api_key``, ``token_provider`` or
    AWS_BEARER_TOKEN_BEDROCK) or AWS SigV4 signing (static keys, ``profile``,
    ``credential_provider`` or the default chain; ``pip install 'openwire[bedrock]'``). The
    client then takes no ``api_key`` or ``base_url`` of its own."""
    return BedrockProvider(
        region=region,
        base_url=base_url if isinstance(base_url, NotGiven) or base_url is None else str(base_url),
        api_key=api_key,
        token_provider=token_provider,
        access_key_id=access_key_id,
        secret_access_key=secret_access_key,
        session_token=session_token,
        profile=profile,
        credential_provider=credential_provider,
    )
