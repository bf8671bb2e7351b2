"""Presets for OpenAI-compatible providers: base URL, key variable, regions, example models.

    >>> from openwire import OpenAI, providers
    >>> providers.get("deepseek").base_url
    'https://api.deepseek.com'
    >>> client = OpenAI.for_provider("qwen", region="cn")  # reads DASHSCOPE_API_KEY

Pure data and functions: importing this module imports neither httpx nor pydantic. The facts
(URLs, variables, models) come from each provider's public documentation (see ``docs_url``
and ``docs/providers.md``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Dict, List, Mapping, Optional, Tuple

from ._exceptions import OpenAIError

__all__ = ["Provider", "PROVIDERS", "get", "names", "resolve_base_url", "resolve_api_key", "client_arguments"]

_EMPTY: Mapping[str, str] = MappingProxyType({})


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
    placeholder_api_key: Optional[str] = None
    """The key sent when none is configured (local servers accept any key)."""
    azure: bool = False
    """Built with :class:`openwire.AzureOpenAI` (endpoint and API version from its own variables)."""
    notes: str = field(default="", compare=False)

    @property
    def requires_api_key(self) -> bool:
        return self.placeholder_api_key is None


def _regions(**urls: str) -> Mapping[str, str]:
    return MappingProxyType(dict(urls))


_DASHSCOPE = _regions(
    intl="https://dashscope-intl.aliyuncs.com/compatible-mode/v1",
    cn="https://dashscope.aliyuncs.com/compatible-mode/v1",
    us="https://dashscope-us.aliyuncs.com/compatible-mode/v1",
    coding="https://coding.dashscope.aliyuncs.com/v1",
    **{"coding-intl": "https://coding-intl.dashscope.aliyuncs.com/v1"},
)
_ZHIPU = _regions(
    cn="https://open.bigmodel.cn/api/paas/v4",
    coding="https://open.bigmodel.cn/api/coding/paas/v4",
    intl="https://api.z.ai/api/paas/v4",
)
_MOONSHOT = _regions(**{"global": "https://api.moonshot.ai/v1", "cn": "https://api.moonshot.cn/v1"})

_ALL: Tuple[Provider, ...] = (
    Provider(
        name="openai",
        base_url=None,
        api_key_env="OPENAI_API_KEY",
        docs_url="https://platform.openai.com/docs/api-reference",
        example_models=("gpt-4o-mini", "gpt-4.1", "o4-mini"),
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
        example_models=("deepseek-chat", "deepseek-reasoner"),
    ),
    Provider(
        name="qwen",
        base_url=_DASHSCOPE["intl"],
        api_key_env="DASHSCOPE_API_KEY",
        docs_url="https://www.alibabacloud.com/help/en/model-studio/compatibility-of-openai-with-dashscope",
        example_models=("qwen-plus", "qwen-max", "qwen-turbo", "qwen3-coder-plus"),
        regions=_DASHSCOPE,
        default_region="intl",
        aliases=("dashscope", "alibaba"),
        notes="the coding plan (regions coding / coding-intl) has its own keys",
    ),
    Provider(
        name="zhipu",
        base_url=_ZHIPU["cn"],
        api_key_env="ZHIPUAI_API_KEY",
        docs_url="https://docs.bigmodel.cn/",
        example_models=("glm-4.6", "glm-4.5", "glm-4.5-air", "glm-4-flash"),
        regions=_ZHIPU,
        default_region="cn",
        aliases=("glm", "bigmodel", "zai"),
    ),
    Provider(
        name="moonshot",
        base_url=_MOONSHOT["global"],
        api_key_env="MOONSHOT_API_KEY",
        docs_url="https://platform.moonshot.ai/docs",
        example_models=("kimi-k2-0905-preview", "kimi-latest", "moonshot-v1-8k"),
        regions=_MOONSHOT,
        default_region="global",
        aliases=("kimi",),
    ),
    Provider(
        name="openrouter",
        base_url="https://openrouter.ai/api/v1",
        api_key_env="OPENROUTER_API_KEY",
        docs_url="https://openrouter.ai/docs",
        example_models=("openai/gpt-4o-mini", "deepseek/deepseek-chat", "anthropic/claude-3.5-sonnet"),
        notes="optional attribution headers: HTTP-Referer, X-Title (pass default_headers)",
    ),
    Provider(
        name="groq",
        base_url="https://api.groq.com/openai/v1",
        api_key_env="GROQ_API_KEY",
        docs_url="https://console.groq.com/docs/openai",
        example_models=("llama-3.3-70b-versatile", "llama-3.1-8b-instant"),
    ),
    Provider(
        name="together",
        base_url="https://api.together.xyz/v1",
        api_key_env="TOGETHER_API_KEY",
        docs_url="https://docs.together.ai/docs/openai-api-compatibility",
        example_models=("meta-llama/Llama-3.3-70B-Instruct-Turbo", "deepseek-ai/DeepSeek-V3"),
        aliases=("togetherai",),
    ),
    Provider(
        name="mistral",
        base_url="https://api.mistral.ai/v1",
        api_key_env="MISTRAL_API_KEY",
        docs_url="https://docs.mistral.ai/api/",
        example_models=("mistral-large-latest", "mistral-small-latest", "codestral-latest"),
    ),
    Provider(
        name="ollama",
        base_url="http://localhost:11434/v1",
        api_key_env=None,
        docs_url="https://github.com/ollama/ollama/blob/main/docs/openai.md",
        example_models=("llama3.2", "qwen2.5", "deepseek-r1"),
        placeholder_api_key="ollama",
    ),
    Provider(
        name="vllm",
        base_url="http://localhost:8000/v1",
        api_key_env="VLLM_API_KEY",
        docs_url="https://docs.vllm.ai/en/latest/serving/openai_compatible_server.html",
        example_models=("<the --model the server was started with>",),
        placeholder_api_key="EMPTY",
        notes="VLLM_API_KEY only when the server was started with --api-key",
    ),
    Provider(
        name="lmstudio",
        base_url="http://localhost:1234/v1",
        api_key_env=None,
        docs_url="https://lmstudio.ai/docs/app/api/endpoints/openai",
        example_models=("<the model loaded in LM Studio>",),
        aliases=("lm-studio",),
        placeholder_api_key="lm-studio",
    ),
)

PROVIDERS: Mapping[str, Provider] = MappingProxyType({p.name: p for p in _ALL})
"""Every preset by its canonical name."""

_BY_NAME: Dict[str, Provider] = {alias: p for p in _ALL for alias in (p.name, *p.aliases)}


def names() -> List[str]:
    """The canonical preset names, sorted."""
    return sorted(PROVIDERS)


def get(name: str) -> Provider:
    """The preset called ``name`` (case-insensitive; aliases such as ``dashscope`` or ``kimi`` work).

    Raises ``ValueError`` naming the known presets.
    """
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


def resolve_api_key(provider: Provider, api_key: Optional[str] = None) -> str:
    """``api_key``, else the provider's variable, else the placeholder of a local server.

    Raises :class:`openwire.OpenAIError` naming the variable when a required key is missing.
    """
    if api_key:
        return api_key
    key = os.environ.get(provider.api_key_env) if provider.api_key_env else None
    if key:
        return key
    if provider.placeholder_api_key is not None:
        return provider.placeholder_api_key
    raise OpenAIError(
        f"Missing credentials for provider {provider.name!r}: set the {provider.api_key_env} environment "
        "variable or pass `api_key`."
    )


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
    arguments["api_key"] = resolve_api_key(provider, api_key)
    return provider, arguments
