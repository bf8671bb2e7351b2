"""``AzureOpenAI`` / ``AsyncAzureOpenAI`` against the reference (``openai`` 2.54.0, black box),
over a real socket: the same URLs (deployment routing), ``api-version`` query, ``api-key`` or
``Authorization: Bearer`` headers and bodies; the same env fallbacks and error types.

Documented differences (openwire does better): empty credentials / version / endpoint count as
missing; a ``with_options`` copy of a client built with ``azure_deployment`` keeps sending
non-deployment endpoints to the resource root, as the original does.
"""

from __future__ import annotations

import asyncio
import inspect
from typing import Any, Callable, Dict, List, Optional, Tuple

import openai
import pytest
from scripted_server import Recorded, ScriptedServer, json_reply

import openwire

VERSION = "2024-10-21"
ENV_VARS = (
    "OPENAI_API_KEY",
    "OPENAI_BASE_URL",
    "OPENAI_API_VERSION",
    "AZURE_OPENAI_API_KEY",
    "AZURE_OPENAI_AD_TOKEN",
    "AZURE_OPENAI_ENDPOINT",
)

Call = Callable[[Any], Any]

# The endpoints Azure serves per deployment (routed by the body's `model`), and some it does not.
CALLS: Dict[str, Call] = {
    "chat": lambda c: c.chat.completions.create(model="gpt-dep", messages=[{"role": "user", "content": "hi"}]),
    "completions": lambda c: c.completions.create(model="dep", prompt="x"),
    "embeddings": lambda c: c.embeddings.create(model="dep", input="x", encoding_format="float"),
    "transcriptions": lambda c: c.audio.transcriptions.create(model="dep", file=("a.wav", b"RIFF")),
    "translations": lambda c: c.audio.translations.create(model="dep", file=("a.wav", b"RIFF")),
    "speech": lambda c: c.audio.speech.create(model="dep", input="x", voice="alloy"),
    "image_generations": lambda c: c.images.generate(model="dep", prompt="x"),
    "image_edits": lambda c: c.images.edit(model="dep", prompt="x", image=("a.png", b"PNG")),
    "models": lambda c: c.models.list(),
    "files": lambda c: c.files.retrieve("file-1"),
    "responses": lambda c: c.responses.create(model="dep", input="x"),
    "custom_post": lambda c: c.post("/chat/completions", cast_to=object, body={"model": "m2"}),
    "extra_query": lambda c: c.chat.completions.create(model="gpt-dep", messages=[], extra_query={"x": "1"}),
}


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)


def on_the_wire(request: Recorded) -> Dict[str, Any]:
    view: Dict[str, Any] = {
        "method": request.method,
        "path": request.path,
        "query": request.query,
        "api-key": request.headers.get("api-key"),
        "authorization": request.headers.get("authorization"),
    }
    if request.headers.get("content-type", "").startswith("multipart/form-data"):
        view["parts"] = [(p.name, p.filename, p.content_type, p.data) for p in request.multipart()]
    else:
        view["body"] = request.body
    return view


def send(sdk: Any, mode: str, options: Dict[str, Any], calls: List[Call]) -> None:
    """Build the SDK's Azure client (sync or async) and make ``calls`` with it."""
    if mode == "sync":
        with sdk.AzureOpenAI(**options) as client:
            for call in calls:
                call(client)
        return

    async def run() -> None:
        client = sdk.AsyncAzureOpenAI(**options)
        try:
            for call in calls:
                result = call(client)
                if inspect.isawaitable(result):
                    await result
        finally:
            await client.close()

    asyncio.run(run())


def wire_of(server: ScriptedServer, sdk: Any, mode: str, options: Dict[str, Any], calls: List[Call]) -> List[Any]:
    start = len(server.requests)
    server.handler = lambda request: json_reply({"object": "list", "data": []})
    try:
        send(sdk, mode, {"max_retries": 0, **options}, calls)
    finally:
        server.handler = None
    return [on_the_wire(r) for r in server.requests[start:]]


def assert_same_wire(
    server: ScriptedServer, mode: str, options: Callable[[], Dict[str, Any]], calls: List[Call]
) -> None:
    """``options`` is a factory: token providers must not be shared between the two SDKs."""
    theirs = wire_of(server, openai, mode, options(), calls)
    ours = wire_of(server, openwire, mode, options(), calls)
    assert theirs, "the reference sent nothing"
    assert ours == theirs


CONFIGS = [
    "endpoint",
    "endpoint_slash",
    "endpoint_deployment",
    "base_url",
    "base_url_deployment",
    "base_url_naming_deployment",
    "default_query",
]


def configurations(server: ScriptedServer) -> Dict[str, Dict[str, Any]]:
    common = {"api_key": "azure-key", "api_version": VERSION}
    return {
        "endpoint": {**common, "azure_endpoint": server.origin},
        "endpoint_slash": {**common, "azure_endpoint": server.origin + "/"},
        "endpoint_deployment": {**common, "azure_endpoint": server.origin, "azure_deployment": "fixed"},
        "base_url": {**common, "base_url": server.origin + "/custom/openai"},
        # `azure_deployment` only extends a URL built from the endpoint.
        "base_url_deployment": {**common, "base_url": server.origin + "/custom/openai", "azure_deployment": "d2"},
        # A base URL that names a deployment turns off routing by model.
        "base_url_naming_deployment": {**common, "base_url": server.origin + "/openai/deployments/x/"},
        "default_query": {**common, "azure_endpoint": server.origin, "default_query": {"q": "1"}},
    }


@pytest.mark.parametrize("config", CONFIGS)
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_urls_and_query_match_the_reference(server: ScriptedServer, mode: str, config: str) -> None:
    options = configurations(server)[config]
    for name, call in CALLS.items():
        theirs = wire_of(server, openai, mode, options, [call])
        ours = wire_of(server, openwire, mode, options, [call])
        assert len(theirs) == 1 and ours == theirs, name


def static_auth(server: ScriptedServer) -> Dict[str, Dict[str, Any]]:
    base = {"api_version": VERSION, "azure_endpoint": server.origin}
    return {
        "api_key": {**base, "api_key": "k"},
        "ad_token": {**base, "azure_ad_token": "static-token"},
        "ad_token_wins_over_key": {**base, "api_key": "k", "azure_ad_token": "static-token"},
    }


@pytest.mark.parametrize("auth", ["api_key", "ad_token", "ad_token_wins_over_key"])
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_credentials_match_the_reference(server: ScriptedServer, mode: str, auth: str) -> None:
    assert_same_wire(server, mode, lambda: static_auth(server)[auth], [CALLS["chat"], CALLS["models"]])


def counting_provider(prefix: str, *, awaitable: bool = False) -> Tuple[Callable[[], Any], List[int]]:
    calls: List[int] = []

    def provider() -> str:
        calls.append(1)
        return f"{prefix}{len(calls)}"

    async def async_provider() -> str:
        return provider()

    return (async_provider if awaitable else provider), calls


@pytest.mark.parametrize(
    "mode, awaitable", [("sync", False), ("async", False), ("async", True)], ids=["sync", "async", "async-awaitable"]
)
def test_token_provider_is_called_for_every_request(server: ScriptedServer, mode: str, awaitable: bool) -> None:
    def options() -> Dict[str, Any]:
        provider, _ = counting_provider("tok", awaitable=awaitable)
        return {"api_version": VERSION, "azure_endpoint": server.origin, "azure_ad_token_provider": provider}

    calls = [CALLS["chat"], CALLS["models"], CALLS["models"]]
    assert_same_wire(server, mode, options, calls)
    ours = wire_of(server, openwire, mode, options(), calls)
    assert [r["authorization"] for r in ours] == ["Bearer tok1", "Bearer tok2", "Bearer tok3"]
    assert all(r["api-key"] is None for r in ours)


def test_token_provider_is_called_again_for_a_retry(server: ScriptedServer) -> None:
    provider, calls = counting_provider("tok")
    server.queue(json_reply({"error": {"message": "busy"}}, status=500, headers={"retry-after-ms": "1"}))
    server.queue(json_reply({"object": "list", "data": []}))
    client = openwire.AzureOpenAI(api_version=VERSION, azure_endpoint=server.origin, azure_ad_token_provider=provider)
    client.models.list()
    assert [r.headers["authorization"] for r in server.requests] == ["Bearer tok1", "Bearer tok2"]
    assert len(calls) == 2


@pytest.mark.parametrize("returned", [None, "", 5])
def test_token_provider_must_return_a_token(server: ScriptedServer, returned: Any) -> None:
    client = openwire.AzureOpenAI(
        api_version=VERSION, azure_endpoint=server.origin, azure_ad_token_provider=lambda: returned, max_retries=0
    )
    with pytest.raises(ValueError, match="azure_ad_token_provider"):
        client.models.list()
    assert server.requests == []


ENV_CASES: Dict[str, Tuple[Dict[str, str], Dict[str, Any]]] = {
    "key": ({"AZURE_OPENAI_API_KEY": "env-key"}, {"api_version": VERSION, "azure_endpoint": "ORIGIN"}),
    "ad_token": ({"AZURE_OPENAI_AD_TOKEN": "env-token"}, {"api_version": VERSION, "azure_endpoint": "ORIGIN"}),
    "version_and_endpoint": ({"OPENAI_API_VERSION": "2025-01-01", "AZURE_OPENAI_ENDPOINT": "ORIGIN"}, {"api_key": "k"}),
    "arguments_win": (
        {
            "AZURE_OPENAI_API_KEY": "env-key",
            "OPENAI_API_VERSION": "2000-01-01",
            "AZURE_OPENAI_ENDPOINT": "http://nowhere",
        },
        {"api_key": "arg-key", "api_version": VERSION, "azure_endpoint": "ORIGIN"},
    ),
    # A base URL is used as given, whatever AZURE_OPENAI_ENDPOINT says.
    "base_url_over_env_endpoint": (
        {"AZURE_OPENAI_ENDPOINT": "http://nowhere", "AZURE_OPENAI_API_KEY": "env-key"},
        {"api_version": VERSION, "base_url": "ORIGIN/custom"},
    ),
}


@pytest.mark.parametrize("case", list(ENV_CASES))
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_env_fallbacks_match_the_reference(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch, mode: str, case: str
) -> None:
    env, arguments = ENV_CASES[case]
    for name, value in env.items():
        monkeypatch.setenv(name, value.replace("ORIGIN", server.origin))
    options = {k: v.replace("ORIGIN", server.origin) for k, v in arguments.items()}
    assert_same_wire(server, mode, lambda: dict(options), [CALLS["chat"], CALLS["models"]])


def construction_error(factory: Callable[[], Any]) -> Optional[BaseException]:
    try:
        factory()
    except Exception as error:
        return error
    return None


MISSING: Dict[str, Tuple[Dict[str, str], Dict[str, Any], Tuple[str, ...]]] = {
    # case: (env, arguments, what our message must name)
    "credentials": (
        {},
        {"api_version": VERSION, "azure_endpoint": "https://x"},
        ("api_key", "azure_ad_token", "azure_ad_token_provider", "AZURE_OPENAI_API_KEY", "AZURE_OPENAI_AD_TOKEN"),
    ),
    "credentials_with_openai_key": (
        {"OPENAI_API_KEY": "sk-openai"},
        {"api_version": VERSION, "azure_endpoint": "https://x"},
        ("api_key", "AZURE_OPENAI_API_KEY"),
    ),
    "api_version": ({}, {"api_key": "k", "azure_endpoint": "https://x"}, ("api_version", "OPENAI_API_VERSION")),
    "endpoint": ({}, {"api_key": "k", "api_version": VERSION}, ("base_url", "azure_endpoint", "AZURE_OPENAI_ENDPOINT")),
    "endpoint_with_openai_base_url": (
        {"OPENAI_BASE_URL": "https://api.example"},
        {"api_key": "k", "api_version": VERSION},
        ("azure_endpoint", "AZURE_OPENAI_ENDPOINT"),
    ),
    "both_urls": (
        {},
        {"api_key": "k", "api_version": VERSION, "azure_endpoint": "https://x", "base_url": "https://y"},
        ("base_url", "azure_endpoint"),
    ),
}


@pytest.mark.parametrize("case", list(MISSING))
@pytest.mark.parametrize("flavor", ["AzureOpenAI", "AsyncAzureOpenAI"])
def test_missing_settings_raise_like_the_reference(monkeypatch: pytest.MonkeyPatch, flavor: str, case: str) -> None:
    env, arguments, named = MISSING[case]
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    theirs = construction_error(lambda: getattr(openai, flavor)(**arguments))
    ours = construction_error(lambda: getattr(openwire, flavor)(**arguments))
    assert theirs is not None and ours is not None
    assert type(ours).__name__ == type(theirs).__name__
    assert isinstance(ours, openwire.OpenAIError) == isinstance(theirs, openai.OpenAIError)
    for name in named:
        assert name in str(ours)


@pytest.mark.parametrize(
    "arguments, named",
    [
        ({"api_key": "", "api_version": VERSION, "azure_endpoint": "https://x"}, "AZURE_OPENAI_API_KEY"),
        ({"azure_ad_token": "", "api_version": VERSION, "azure_endpoint": "https://x"}, "AZURE_OPENAI_AD_TOKEN"),
        ({"api_key": "k", "api_version": "", "azure_endpoint": "https://x"}, "OPENAI_API_VERSION"),
        ({"api_key": "k", "api_version": VERSION, "azure_endpoint": ""}, "AZURE_OPENAI_ENDPOINT"),
    ],
    ids=["api_key", "ad_token", "api_version", "endpoint"],
)
def test_empty_settings_count_as_missing(arguments: Dict[str, Any], named: str) -> None:
    # The reference accepts some of these and sends requests without credentials or version.
    with pytest.raises((openwire.OpenAIError, ValueError), match=named):
        openwire.AzureOpenAI(**arguments)


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(
    "overrides", [{"api_key": "k2"}, {"default_query": {"z": "2"}}, {"timeout": 5.0}, {"max_retries": 1}]
)
def test_with_options_keeps_azure_settings(server: ScriptedServer, mode: str, overrides: Dict[str, Any]) -> None:
    def options() -> Dict[str, Any]:
        return {"api_key": "k", "api_version": VERSION, "azure_endpoint": server.origin, "default_query": {"q": "1"}}

    calls: List[Call] = [
        lambda c: CALLS["chat"](c.with_options(**overrides)),
        lambda c: CALLS["models"](c.with_options(**overrides)),
        lambda c: CALLS["speech"](c.copy(**overrides)),
    ]
    assert_same_wire(server, mode, options, calls)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_with_options_keeps_the_deployment(server: ScriptedServer, mode: str) -> None:
    options = {"api_key": "k", "api_version": VERSION, "azure_endpoint": server.origin, "azure_deployment": "dep"}
    calls: List[Call] = [
        lambda c: CALLS["chat"](c),
        lambda c: CALLS["models"](c),
        lambda c: CALLS["chat"](c.with_options(api_key="k2")),
        lambda c: CALLS["models"](c.with_options(timeout=3.0)),
    ]
    ours = wire_of(server, openwire, mode, options, calls)
    theirs = wire_of(server, openai, mode, options, calls)
    assert [(r["path"], r["api-key"]) for r in ours] == [
        ("/openai/deployments/dep/chat/completions", "k"),
        ("/openai/models", "k"),
        ("/openai/deployments/dep/chat/completions", "k2"),
        ("/openai/models", "k"),  # the reference's copy sends /openai/deployments/dep/models
    ]
    assert ours[:3] == theirs[:3]
    assert all(r["query"] == [("api-version", VERSION)] for r in ours)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_with_options_can_change_the_base_url(server: ScriptedServer, mode: str) -> None:
    def options() -> Dict[str, Any]:
        return {"api_key": "k", "api_version": VERSION, "azure_endpoint": server.origin}

    calls: List[Call] = [lambda c: CALLS["chat"](c.with_options(base_url=server.origin + "/other/"))]
    assert_same_wire(server, mode, options, calls)


def test_sync_and_async_clients_are_the_public_ones() -> None:
    from openwire.lib.azure import AsyncAzureOpenAI, AzureOpenAI

    assert openwire.AzureOpenAI is AzureOpenAI and openwire.AsyncAzureOpenAI is AsyncAzureOpenAI
    assert issubclass(AzureOpenAI, openwire.OpenAI) and issubclass(AsyncAzureOpenAI, openwire.AsyncOpenAI)
