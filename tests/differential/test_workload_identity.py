"""``workload_identity=`` and ``openwire.auth`` against the reference, on the wire.

The token exchange (``https://auth.openai.com/oauth/token``) and the metadata endpoints are sent
to a local server (real sockets on 127.0.0.1): httpx's transports are patched to connect there
instead, for both SDKs alike, so each request arrives as it was written (``Host`` included).
"""

from __future__ import annotations

import json
from typing import Any, Dict, Iterator, List, Tuple

import httpx
import openai
import openai.auth
import pytest
from scripted_server import Recorded, Reply, ScriptedServer, json_reply, text_reply

import openwire
import openwire.auth

SDKS = [openai, openwire]
MODELS = {"object": "list", "data": []}
REDIRECTED_HOSTS = {"auth.openai.com", "metadata.google.internal", "169.254.169.254"}


@pytest.fixture(autouse=True)
def _no_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OPENAI_API_KEY", "OPENAI_ADMIN_KEY", "OPENAI_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def local(server: ScriptedServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[ScriptedServer]:
    """``server``, also answering for auth.openai.com and the cloud metadata hosts."""

    def redirected(request: httpx.Request) -> httpx.Request:
        if request.url.host in REDIRECTED_HOSTS:
            request.url = request.url.copy_with(scheme="http", host="127.0.0.1", port=server.port)
        return request

    send = httpx.HTTPTransport.handle_request
    asend = httpx.AsyncHTTPTransport.handle_async_request
    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", lambda self, r: send(self, redirected(r)))
    monkeypatch.setattr(httpx.AsyncHTTPTransport, "handle_async_request", lambda self, r: asend(self, redirected(r)))
    yield server


class Answers:
    """Tokens ``at-1``, ``at-2``, ... from the exchange; the API answers 401 ``unauthorized`` times first."""

    def __init__(self, server: ScriptedServer, expires_in: object = 3600, unauthorized: int = 0) -> None:
        self.exchanges = 0
        self.expires_in = expires_in
        self.unauthorized = unauthorized
        server.handler = self

    def __call__(self, request: Recorded) -> Reply:
        if request.path in ("/oauth/token", "/v1/exchange"):
            self.exchanges += 1
            return json_reply(
                {"access_token": f"at-{self.exchanges}", "token_type": "Bearer", "expires_in": self.expires_in}
            )
        if self.unauthorized:
            self.unauthorized -= 1
            return json_reply({"error": {"message": "token expired", "code": "invalid_api_key"}}, status=401)
        return json_reply(MODELS)


def identity(token_type: str = "jwt", **extra: Any) -> Dict[str, Any]:
    return {
        "identity_provider_id": "idp-1",
        "service_account_id": "sa-1",
        "provider": {"token_type": token_type, "get_token": lambda: "subject-token"},
        **extra,
    }


def summary(requests: List[Recorded]) -> List[Tuple[str, ...]]:
    """What each request was: the exchange (its JSON body and content type) or an API call (its bearer)."""
    out: List[Tuple[str, ...]] = []
    for request in requests:
        if request.path == "/oauth/token":
            out.append(("exchange", request.method, request.headers["host"], request.headers["content-type"],
                        json.dumps(request.json(), sort_keys=True)))  # fmt: skip
        else:
            out.append(
                (
                    "api",
                    request.path,
                    request.headers.get("authorization", ""),
                    request.headers["x-stainless-retry-count"],
                )
            )
    return out


def run_per_sdk(local: ScriptedServer, call: Any, **answers: Any) -> List[List[Tuple[str, ...]]]:
    per_sdk = []
    for sdk in SDKS:
        local.requests.clear()
        Answers(local, **answers)
        call(sdk)
        per_sdk.append(summary(local.requests))
    return per_sdk


@pytest.mark.parametrize("token_type", ["jwt", "id"])
def test_the_exchange_and_the_cached_token_match_the_reference(local: ScriptedServer, token_type: str) -> None:
    def call(sdk: Any) -> None:
        with sdk.OpenAI(workload_identity=identity(token_type), base_url=local.url) as client:
            assert client.api_key == "workload-identity-auth" and client.auth_headers == {}
            client.models.list()
            client.models.list()

    theirs, ours = run_per_sdk(local, call)
    assert ours == theirs
    assert [entry[0] for entry in ours] == ["exchange", "api", "api"]  # one exchange, then the cached token
    body = json.loads(ours[0][4])
    assert body["grant_type"] == "urn:ietf:params:oauth:grant-type:token-exchange"
    assert body["subject_token_type"] == {"jwt": "urn:ietf:params:oauth:token-type:jwt",
                                          "id": "urn:ietf:params:oauth:token-type:id_token"}[token_type]  # fmt: skip
    assert ours[0][2] == "auth.openai.com" and ours[1][2] == "Bearer at-1"


@pytest.mark.anyio
async def test_async_clients_exchange_like_the_reference(local: ScriptedServer) -> None:
    per_sdk = []
    for sdk in SDKS:
        local.requests.clear()
        Answers(local)
        async with sdk.AsyncOpenAI(workload_identity=identity(), base_url=local.url) as client:
            await client.models.list()
            await client.models.list()
        per_sdk.append(summary(local.requests))
    assert per_sdk[0] == per_sdk[1]
    assert [entry[0] for entry in per_sdk[1]] == ["exchange", "api", "api"]


@pytest.mark.parametrize("unauthorized", [1, 2])
def test_a_401_exchanges_again_and_tries_once_more_like_the_reference(local: ScriptedServer, unauthorized: int) -> None:
    outcomes = []

    def call(sdk: Any) -> None:
        with sdk.OpenAI(workload_identity=identity(), base_url=local.url, max_retries=0) as client:
            try:
                client.models.list()
                outcomes.append("ok")
            except sdk.AuthenticationError as err:
                outcomes.append(f"{type(err).__name__} {err.status_code}")

    theirs, ours = run_per_sdk(local, call, unauthorized=unauthorized)
    assert ours == theirs
    assert [entry[0] for entry in ours] == ["exchange", "api", "exchange", "api"]
    assert [entry[2:] for entry in ours if entry[0] == "api"] == [("Bearer at-1", "0"), ("Bearer at-2", "0")]
    assert outcomes[0] == outcomes[1] == ("ok" if unauthorized == 1 else "AuthenticationError 401")


@pytest.mark.parametrize(
    "reply",
    [
        json_reply({"error": "invalid_grant", "error_description": "subject token expired"}, status=400),
        json_reply({"error": "invalid_client"}, status=401),
        json_reply({"error": "access_denied", "error_description": "no"}, status=403),
        text_reply("busy", status=503),
        json_reply({"token_type": "Bearer", "expires_in": 60}),
        json_reply({"access_token": "", "expires_in": 60}),
        json_reply({"access_token": "t"}),
    ],
    ids=["400", "401", "403", "503", "no token", "empty token", "no expiry"],
)
def test_exchange_failures_raise_what_the_reference_raises(local: ScriptedServer, reply: Reply) -> None:
    failures = []
    for sdk in SDKS:
        local.handler = lambda request: reply
        client = sdk.OpenAI(workload_identity=identity(), base_url=local.url, max_retries=0)
        with pytest.raises(sdk.OpenAIError) as info:
            client.models.list()
        err: Any = info.value
        failures.append((type(err).__name__, getattr(err, "status_code", None), getattr(err, "error", None)))
        if isinstance(err, sdk.OAuthError):
            failures.append(str(err))
    assert failures[: len(failures) // 2] == failures[len(failures) // 2 :]
    assert all(request.path == "/oauth/token" for request in local.requests)  # no API call without a token


def test_api_key_and_workload_identity_together_are_refused_like_the_reference() -> None:
    for sdk in SDKS:
        with pytest.raises(sdk.OpenAIError, match="api_key"):
            sdk.OpenAI(api_key="sk", workload_identity=identity())


def test_copies_keep_the_workload_identity_like_the_reference(local: ScriptedServer) -> None:
    def call(sdk: Any) -> None:
        client = sdk.OpenAI(workload_identity=identity(), base_url=local.url)
        copy = client.with_options(timeout=5)
        assert copy.api_key == "workload-identity-auth" and copy._workload_identity_auth is not None
        client.models.list()
        copy.models.list()

    theirs, ours = run_per_sdk(local, call)
    assert ours == theirs


def test_workload_identity_auth_caches_and_invalidates_like_the_reference(local: ScriptedServer) -> None:
    tokens = []
    for sdk in SDKS:
        local.requests.clear()
        Answers(local)
        auth = sdk.auth.WorkloadIdentityAuth(workload_identity=identity(), token_exchange_url=local.url + "/exchange")
        first, again = auth.get_token(), auth.get_token()
        auth.invalidate_token()
        tokens.append((first, again, auth.get_token(), [r.path for r in local.requests]))
    assert tokens[0] == tokens[1] == ("at-1", "at-1", "at-2", ["/v1/exchange", "/v1/exchange"])


def test_metadata_providers_ask_what_the_reference_asks(local: ScriptedServer, tmp_path: Any) -> None:
    def answer(request: Recorded) -> Reply:
        if request.headers["host"] == "metadata.google.internal":
            return text_reply("gcp-id-token")
        return json_reply({"access_token": "azure-token", "expires_in": "3600", "token_type": "Bearer"})

    local.handler = answer
    token_file = tmp_path / "token"
    token_file.write_text("k8s-token\n")
    results = []
    for sdk in SDKS:
        providers = [
            sdk.auth.gcp_id_token_provider(),
            sdk.auth.gcp_id_token_provider("https://audience.example", timeout=3),
            sdk.auth.azure_managed_identity_token_provider(),
            sdk.auth.azure_managed_identity_token_provider("api://r", client_id="c", object_id="o", msi_res_id="m"),
            sdk.auth.k8s_service_account_token_provider(token_file),
        ]
        results.append([(p["token_type"], p["get_token"]()) for p in providers])
    assert results[0] == results[1]
    sent = [
        (r.headers["host"], r.target, r.headers.get("metadata-flavor"), r.headers.get("metadata"))
        for r in local.requests
    ]
    assert sent[:4] == sent[4:]
    assert sent[0][1].startswith("/computeMetadata/v1/instance/service-accounts/default/identity?audience=")


def test_provider_failures_are_subject_token_errors_like_the_reference(local: ScriptedServer, tmp_path: Any) -> None:
    local.handler = lambda request: text_reply("no", status=404)
    names = []
    for sdk in SDKS:
        for provider in (
            sdk.auth.k8s_service_account_token_provider(tmp_path / "missing"),
            sdk.auth.gcp_id_token_provider(),
            sdk.auth.azure_managed_identity_token_provider(),
        ):
            with pytest.raises(sdk.OpenAIError) as info:
                provider["get_token"]()
            names.append(type(info.value).__name__)
    assert names == ["SubjectTokenProviderError"] * 6
