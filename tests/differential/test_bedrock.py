"""``BedrockOpenAI`` / ``AsyncBedrockOpenAI`` against the reference, on the wire.

The same calls go through ``openai`` and ``openwire`` to a local server (real sockets on
127.0.0.1) standing in for Bedrock; the URL the region gives is observed through a recording
transport instead (no network). With the clock frozen and the same fixed credentials, the two
SDKs' SigV4 signatures are equal byte for byte, and a server check made with botocore accepts
every signed request, retries included.
"""

from __future__ import annotations

import datetime
from typing import Any, Dict, List, Optional, Tuple

import httpx
import openai
import pytest
from bedrock_support import clean_aws_environment, parse_authorization, verify_sigv4
from scripted_server import Recorded, Reply, ScriptedServer, json_reply, sse_body

import openwire

pytest.importorskip("botocore")

SDKS = [openai, openwire]
IDS = ["reference", "openwire"]
MODELS = {"object": "list", "data": [{"id": "m", "object": "model", "created": 1, "owned_by": "aws"}]}
COMPLETION = {
    "id": "c",
    "object": "chat.completion",
    "created": 1,
    "model": "m",
    "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "hi"}}],
}
# Signed headers must be equal for equal signatures: the package version is the one that differs.
SAME_HEADERS = {"X-Stainless-Package-Version": "test"}
STATIC = {
    "aws_access_key_id": "AKIDEXAMPLE",
    "aws_secret_access_key": "wJalrXUtnFEMI/K7MDENG",
    "aws_session_token": "s",
}


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    clean_aws_environment(monkeypatch, tmp_path)


@pytest.fixture
def frozen_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    import botocore.auth

    moment = datetime.datetime(2026, 1, 2, 3, 4, 5)
    monkeypatch.setattr(botocore.auth, "get_current_datetime", lambda *args, **kwargs: moment)


def recording_client(seen: List[httpx.Request]) -> httpx.Client:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=MODELS)

    return httpx.Client(transport=httpx.MockTransport(handler))


@pytest.mark.parametrize("region", ["us-west-2", "eu-central-1"])
def test_the_region_gives_the_reference_url(region: str) -> None:
    sent: Dict[str, httpx.Request] = {}
    for sdk in SDKS:
        seen: List[httpx.Request] = []
        sdk.BedrockOpenAI(api_key="tok", aws_region=region, http_client=recording_client(seen)).models.list()
        sent[sdk.__name__] = seen[0]
    ours, theirs = sent["openwire"], sent["openai"]
    assert str(ours.url) == str(theirs.url) == f"https://bedrock-mantle.{region}.api.aws/openai/v1/models"
    assert ours.headers["host"] == theirs.headers["host"]
    assert ours.headers["authorization"] == theirs.headers["authorization"] == "Bearer tok"


def test_the_region_and_base_url_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    urls: List[Tuple[str, ...]] = []
    for sdk in SDKS:
        found: List[str] = []
        for env in ({"AWS_DEFAULT_REGION": "ap-south-1"}, {"AWS_REGION": "sa-east-1", "AWS_DEFAULT_REGION": "x"}):
            for name, value in env.items():
                monkeypatch.setenv(name, value)
            found.append(str(sdk.BedrockOpenAI(api_key="k").base_url))
        monkeypatch.setenv("AWS_BEDROCK_BASE_URL", "http://127.0.0.1:9/bedrock")
        found.append(str(sdk.BedrockOpenAI(api_key="k").base_url))
        found.append(str(sdk.BedrockOpenAI(api_key="k", base_url="http://127.0.0.1:9/given").base_url))
        for name in ("AWS_REGION", "AWS_DEFAULT_REGION", "AWS_BEDROCK_BASE_URL"):
            monkeypatch.delenv(name)
        urls.append(tuple(found))
    assert urls[0] == urls[1]
    assert urls[1][0] == "https://bedrock-mantle.ap-south-1.api.aws/openai/v1/"
    assert urls[1][2:] == ("http://127.0.0.1:9/bedrock/", "http://127.0.0.1:9/given/")


@pytest.mark.parametrize("source", ["api_key", "environment", "provider"])
def test_bearer_tokens_are_sent_like_the_reference(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch, source: str
) -> None:
    server.handler = lambda request: json_reply(MODELS)
    for sdk in SDKS:
        calls: List[int] = []

        def provider(calls: List[int] = calls) -> str:
            calls.append(1)
            return f"token-{len(calls)}"

        kwargs: Dict[str, Any] = {"aws_region": "us-east-1", "base_url": server.url}
        if source == "api_key":
            kwargs["api_key"] = "token-k"
        elif source == "provider":
            kwargs["bedrock_token_provider"] = provider
        else:
            monkeypatch.setenv("AWS_BEARER_TOKEN_BEDROCK", "token-env")
            monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIDCHAIN")  # the chain loses to the token
            monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "chain-secret")
        with sdk.BedrockOpenAI(**kwargs) as client:
            client.models.list()
            client.models.list()
    sent = [request.headers["authorization"] for request in server.requests]
    assert sent[:2] == sent[2:]
    assert (
        sent[:2]
        == {
            "api_key": ["Bearer token-k"] * 2,
            "environment": ["Bearer token-env"] * 2,
            "provider": ["Bearer token-1", "Bearer token-2"],  # called before every request
        }[source]
    )
    assert not any("x-amz-date" in request.headers for request in server.requests)


@pytest.mark.anyio
async def test_async_bearer_token_provider_may_be_a_coroutine(server: ScriptedServer) -> None:
    server.handler = lambda request: json_reply(MODELS)

    async def provider() -> str:
        return "async-token"

    for sdk in SDKS:
        async with sdk.AsyncBedrockOpenAI(
            aws_region="us-east-1", base_url=server.url, bedrock_token_provider=provider
        ) as c:
            await c.models.list()
    assert [r.headers["authorization"] for r in server.requests] == ["Bearer async-token"] * 2


def _signed_call(sdk: Any, server: ScriptedServer, **auth: Any) -> Recorded:
    with sdk.BedrockOpenAI(
        aws_region="us-east-1", base_url=server.url, default_headers=SAME_HEADERS, max_retries=0, **auth
    ) as client:
        client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
    return server.requests[-1]


@pytest.mark.usefixtures("frozen_clock")
def test_sigv4_signature_equals_the_reference_byte_for_byte(server: ScriptedServer) -> None:
    server.handler = lambda request: json_reply(COMPLETION)
    theirs, ours = (_signed_call(sdk, server, **STATIC) for sdk in SDKS)
    for name in ("authorization", "x-amz-date", "x-amz-content-sha256", "x-amz-security-token"):
        assert ours.headers[name] == theirs.headers[name], name
    assert ours.body == theirs.body
    auth = parse_authorization(ours.headers["authorization"])
    assert (auth.access_key, auth.day, auth.region, auth.service) == (
        "AKIDEXAMPLE",
        "20260102",
        "us-east-1",
        "bedrock-mantle",
    )
    assert "connection" not in auth.signed_headers and "user-agent" not in auth.signed_headers
    assert {"host", "content-type", "x-amz-date", "x-amz-security-token", "x-stainless-retry-count"} <= set(
        auth.signed_headers
    )
    assert ours.headers["x-amz-date"] == "20260102T030405Z"
    assert verify_sigv4(ours, STATIC["aws_secret_access_key"], "s")


@pytest.mark.anyio
async def test_async_sigv4_signature_equals_the_reference(server: ScriptedServer, frozen_clock: None) -> None:
    server.handler = lambda request: json_reply(MODELS)
    for sdk in SDKS:
        async with sdk.AsyncBedrockOpenAI(
            aws_region="eu-west-1", base_url=server.url, default_headers=SAME_HEADERS, **STATIC
        ) as client:
            await client.models.list()
    theirs, ours = server.requests
    assert ours.headers["authorization"] == theirs.headers["authorization"]
    assert parse_authorization(ours.headers["authorization"]).region == "eu-west-1"
    assert verify_sigv4(ours, STATIC["aws_secret_access_key"], "s")


def _verifying(secret: str, reply: Reply) -> Any:
    def handler(request: Recorded) -> Reply:
        if not verify_sigv4(request, secret):
            return json_reply({"message": "The request signature we calculated does not match"}, status=403)
        return reply

    return handler


def test_the_server_accepts_streams_uploads_and_retries_signed_by_openwire(server: ScriptedServer) -> None:
    keys = {"aws_access_key_id": "AKIDOURS", "aws_secret_access_key": "our-secret"}
    client = openwire.BedrockOpenAI(aws_region="us-east-2", base_url=server.url, max_retries=1, **keys)

    server.handler = _verifying("our-secret", Reply(body=sse_body({"id": "c", "object": "chat.completion.chunk",
        "created": 1, "model": "m", "choices": [{"index": 0, "delta": {"content": "hi"}}]}),
        headers={"content-type": "text/event-stream"}))  # fmt: skip
    chunks = list(client.chat.completions.create(model="m", messages=[{"role": "user", "content": "x"}], stream=True))
    assert chunks[0].choices[0].delta.content == "hi"

    upload = {"id": "file-1", "object": "file", "bytes": 3, "created_at": 1, "filename": "a.jsonl", "purpose": "batch"}
    server.handler = _verifying("our-secret", json_reply(upload))
    assert client.files.create(file=("a.jsonl", b"{}\n"), purpose="batch").id == "file-1"
    assert server.requests[-1].headers["content-type"].startswith("multipart/form-data")

    # The first attempt fails; the retry is signed again, with its own retry count and signature.
    server.handler = None
    server.queue(json_reply({"error": {"message": "busy"}}, status=500, headers={"retry-after-ms": "1"}))
    server.queue(json_reply(MODELS))
    server.handler = None
    client.models.list()
    first, second = server.requests[-2:]
    assert verify_sigv4(first, "our-secret") and verify_sigv4(second, "our-secret")
    assert (first.headers["x-stainless-retry-count"], second.headers["x-stainless-retry-count"]) == ("0", "1")
    assert first.headers["authorization"] != second.headers["authorization"]

    server.handler = _verifying("another-secret", json_reply(MODELS))  # a wrong key is refused
    with pytest.raises(openwire.PermissionDeniedError):
        client.models.list()
    client.close()


def test_a_credentials_provider_is_called_for_every_request_like_the_reference(server: ScriptedServer) -> None:
    from botocore.credentials import Credentials

    server.handler = lambda request: json_reply(MODELS)
    for sdk in SDKS:
        calls: List[int] = []

        def provider(calls: List[int] = calls) -> Credentials:
            calls.append(1)
            return Credentials(f"AKID{len(calls)}", "secret")

        with sdk.BedrockOpenAI(aws_region="us-east-1", base_url=server.url, aws_credentials_provider=provider) as c:
            c.models.list()
            c.models.list()
    assert [parse_authorization(r.headers["authorization"]).access_key for r in server.requests] == [
        "AKID1",
        "AKID2",
    ] * 2
    assert all(verify_sigv4(r, "secret") for r in server.requests)


def test_the_default_chain_and_profiles_sign_like_the_reference(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    server.handler = lambda request: json_reply(MODELS)
    (tmp_path / "credentials").write_text("[work]\naws_access_key_id = AKIDPROFILE\naws_secret_access_key = p\n")
    (tmp_path / "config").write_text("[profile work]\nregion = ca-central-1\n")
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "credentials"))
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "config"))
    regions = []
    for sdk in SDKS:
        monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIDENV")
        monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "e")
        with sdk.BedrockOpenAI(aws_region="us-east-1", base_url=server.url) as chain:
            chain.models.list()
        monkeypatch.delenv("AWS_ACCESS_KEY_ID")
        monkeypatch.delenv("AWS_SECRET_ACCESS_KEY")
        with sdk.BedrockOpenAI(aws_profile="work", base_url=server.url) as profile:
            profile.models.list()
            regions.append(profile.aws_region)
    keys = [parse_authorization(r.headers["authorization"]).access_key for r in server.requests]
    assert keys == ["AKIDENV", "AKIDPROFILE"] * 2
    assert regions == ["ca-central-1"] * 2  # the profile's region, when none is given


# (constructor arguments, environment) -> where both SDKs fail: at construction or at the request.
ERROR_CASES: List[Tuple[str, Dict[str, Any], Dict[str, str]]] = [
    ("no region", {"api_key": "k"}, {}),
    ("no region for signing, even with a base_url", {"base_url": "http://127.0.0.1:9", **STATIC}, {}),
    ("half static keys", {"aws_region": "us-east-1", "aws_access_key_id": "A"}, {}),
    ("session token alone", {"aws_region": "us-east-1", "aws_session_token": "T"}, {}),
    ("token and keys", {"aws_region": "us-east-1", "api_key": "k", **STATIC}, {}),
    ("key and provider", {"aws_region": "us-east-1", "api_key": "k", "bedrock_token_provider": lambda: "t"}, {}),
    ("profile and keys", {"aws_region": "us-east-1", "aws_profile": "p", **STATIC}, {}),
    ("no credentials anywhere", {"aws_region": "us-east-1"}, {}),
    ("unknown profile", {"aws_region": "us-east-1", "aws_profile": "missing"}, {}),
    ("provider returns nothing", {"aws_region": "us-east-1", "aws_credentials_provider": lambda: None}, {}),
    ("provider fails", {"aws_region": "us-east-1", "aws_credentials_provider": lambda: 1 / 0}, {}),
    ("token provider returns empty", {"aws_region": "us-east-1", "bedrock_token_provider": lambda: ""}, {}),
    ("token provider fails", {"aws_region": "us-east-1", "bedrock_token_provider": lambda: 1 / 0}, {}),
]


def _failure(sdk: Any, kwargs: Dict[str, Any]) -> Tuple[str, str, Optional[str]]:
    seen: List[httpx.Request] = []
    try:
        client = sdk.BedrockOpenAI(http_client=recording_client(seen), max_retries=0, **kwargs)
    except Exception as err:
        return "constructor", type(err).__name__, type(err.__cause__).__name__ if err.__cause__ else None
    try:
        client.models.list()
    except Exception as err:
        assert seen == []  # nothing was sent
        return "request", type(err).__name__, type(err.__cause__).__name__ if err.__cause__ else None
    return "no error", "", None


@pytest.mark.parametrize("case", ERROR_CASES, ids=[case[0] for case in ERROR_CASES])
def test_errors_match_the_reference(case: Tuple[str, Dict[str, Any], Dict[str, str]]) -> None:
    _, kwargs, _ = case
    theirs, ours = (_failure(sdk, kwargs) for sdk in SDKS)
    assert ours == theirs
    assert ours[1] == "OpenAIError"


def test_copies_keep_or_replace_the_authentication_like_the_reference(server: ScriptedServer) -> None:
    server.handler = lambda request: json_reply(MODELS)
    results = []
    for sdk in SDKS:
        bearer = sdk.BedrockOpenAI(api_key="k1", aws_region="us-east-1", base_url=server.url)
        bearer.with_options(timeout=5).models.list()
        bearer.copy(api_key="k2").models.list()
        signed = bearer.copy(aws_access_key_id="AKIDCOPY", aws_secret_access_key="c")
        signed.models.list()
        signed.copy(max_retries=0).models.list()
        results.append([type(bearer.copy()).__name__, signed.aws_region])
    headers = [r.headers["authorization"] for r in server.requests]
    assert headers[:2] == headers[4:6] == ["Bearer k1", "Bearer k2"]
    assert [parse_authorization(h).access_key for h in headers[2:4] + headers[6:8]] == ["AKIDCOPY"] * 4
    assert results[0] == results[1] == ["BedrockOpenAI", "us-east-1"]


# -- the provider plug-in: OpenAI(provider=providers.bedrock(...)) --------------------------------


@pytest.mark.usefixtures("frozen_clock")
def test_the_bedrock_provider_plug_in_sends_what_the_reference_sends(server: ScriptedServer) -> None:
    server.handler = lambda request: json_reply(MODELS)
    types = []
    for sdk in SDKS:
        bearer = sdk.providers.bedrock(region="us-east-1", base_url=server.url, api_key="tok")
        signed = sdk.providers.bedrock(region="us-east-1", base_url=server.url, access_key_id="AKIDEXAMPLE",
                                       secret_access_key="secret")  # fmt: skip
        with sdk.OpenAI(provider=bearer) as client:
            client.models.list()
        with sdk.OpenAI(provider=signed, default_headers=SAME_HEADERS) as client:
            client.models.list()
            types.append(type(client).__name__)
    theirs, ours = server.requests[:2], server.requests[2:]
    assert [r.headers["authorization"] for r in ours] == [r.headers["authorization"] for r in theirs]
    assert ours[0].headers["authorization"] == "Bearer tok"
    assert verify_sigv4(ours[1], "secret")
    assert types == ["OpenAI", "OpenAI"]


def test_the_provider_plug_in_derives_the_url_and_works_async_like_the_reference() -> None:
    urls = []
    for sdk in SDKS:
        provider = sdk.providers.bedrock(region="eu-west-3", api_key="tok")
        urls.append((str(sdk.OpenAI(provider=provider).base_url), str(sdk.AsyncOpenAI(provider=provider).base_url)))
    assert urls[0] == urls[1] == ("https://bedrock-mantle.eu-west-3.api.aws/openai/v1/",) * 2


@pytest.mark.parametrize(
    "extra",
    [{"api_key": "k"}, {"base_url": "http://127.0.0.1:9/v1"}, {"provider": object()}],
    ids=["key", "url", "bad"],
)
def test_the_provider_plug_in_refuses_what_it_cannot_combine_like_the_reference(extra: Dict[str, Any]) -> None:
    for sdk in SDKS:
        kwargs = {"provider": sdk.providers.bedrock(region="us-east-1", api_key="tok"), **extra}
        with pytest.raises(sdk.OpenAIError, match="provider"):
            sdk.OpenAI(**kwargs)


def test_a_copy_without_the_provider_is_a_plain_client_like_the_reference() -> None:
    urls = []
    for sdk in SDKS:
        client = sdk.OpenAI(provider=sdk.providers.bedrock(region="us-east-1", api_key="tok"))
        urls.append((str(client.copy(provider=None, api_key="sk").base_url), str(client.copy().base_url)))
    assert urls[0] == urls[1] == ("https://api.openai.com/v1/", "https://bedrock-mantle.us-east-1.api.aws/openai/v1/")


@pytest.mark.anyio
async def test_async_clients_sign_with_the_default_chain_like_the_reference(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.handler = lambda request: json_reply(MODELS)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIDCHAIN")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "chain-secret")
    monkeypatch.setenv("AWS_SESSION_TOKEN", "chain-session")
    for sdk in SDKS:
        async with sdk.AsyncBedrockOpenAI(aws_region="us-east-1", base_url=server.url) as client:
            await client.models.list()
            await client.models.list()  # the resolved credentials are reused
    assert [parse_authorization(r.headers["authorization"]).access_key for r in server.requests] == ["AKIDCHAIN"] * 4
    assert [r.headers["x-amz-security-token"] for r in server.requests] == ["chain-session"] * 4
    assert all(verify_sigv4(r, "chain-secret", "chain-session") for r in server.requests)
