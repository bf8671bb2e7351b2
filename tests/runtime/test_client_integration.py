"""The client against a real HTTP/1.1 server on 127.0.0.1: retries, timeouts, transport
failures, headers, configuration and error responses.

Each test runs twice through ``make_client``: with ``openwire.OpenAI`` and with
``openwire.AsyncOpenAI`` (awaited on an asyncio loop in a background thread).
"""

from __future__ import annotations

import email.utils
import gc
import logging
import os
import subprocess
import sys
import time
from typing import Any, Dict

import httpx
import pytest
from integration_support import ClientFactory, SleepRecorder
from scripted_server import Reply, ScriptedServer, free_port, json_reply, reset, stall, text_reply

import openwire

OK = {"id": "ok", "value": 1}


class Item(openwire.BaseModel):
    id: str
    value: int = 0


def error_reply(status: int, headers: Dict[str, str] | None = None, **kwargs: Any) -> Reply:
    body = {"error": {"message": f"failure {status}", "type": "test_error", "param": "p", "code": f"c{status}"}}
    return json_reply(body, status=status, headers=headers, **kwargs)


# -- retries -------------------------------------------------------------------------------------


def test_500_is_retried_until_max_retries(
    make_client: ClientFactory, server: ScriptedServer, sleeps: SleepRecorder
) -> None:
    server.queue(error_reply(500), error_reply(500), error_reply(500), json_reply(OK))
    client = make_client(max_retries=2)

    with pytest.raises(openwire.InternalServerError) as info:
        client.post("/things", cast_to=Item, body={"a": 1})

    assert len(server.requests) == 3
    assert server.pending == 1
    assert info.value.status_code == 500
    # Backoff before retry n: min(0.5 * 2**n, 8) times a jitter factor in (0.75, 1].
    assert len(sleeps.delays) == 2
    assert 0.375 <= sleeps.delays[0] <= 0.5
    assert 0.75 <= sleeps.delays[1] <= 1.0


def test_400_is_not_retried(make_client: ClientFactory, server: ScriptedServer, sleeps: SleepRecorder) -> None:
    server.queue(error_reply(400), json_reply(OK))

    with pytest.raises(openwire.BadRequestError):
        make_client(max_retries=2).post("/things", cast_to=Item, body={})

    assert len(server.requests) == 1
    assert sleeps.delays == []


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504])
def test_retryable_statuses_then_success(
    make_client: ClientFactory, server: ScriptedServer, sleeps: SleepRecorder, status: int
) -> None:
    server.queue(error_reply(status), error_reply(status), json_reply(OK))

    item = make_client(max_retries=2).post("/things", cast_to=Item, body={})

    assert item == Item(id="ok", value=1)
    assert len(server.requests) == 3
    assert len(sleeps.delays) == 2


@pytest.mark.parametrize("status", [401, 403, 404, 422])
def test_other_4xx_are_not_retried(
    make_client: ClientFactory, server: ScriptedServer, sleeps: SleepRecorder, status: int
) -> None:
    server.queue(error_reply(status), json_reply(OK))

    with pytest.raises(openwire.APIStatusError):
        make_client(max_retries=2).get("/things", cast_to=Item)

    assert len(server.requests) == 1


def test_x_should_retry_false_wins_over_500(
    make_client: ClientFactory, server: ScriptedServer, sleeps: SleepRecorder
) -> None:
    server.queue(error_reply(500, {"x-should-retry": "false"}), json_reply(OK))

    with pytest.raises(openwire.InternalServerError):
        make_client(max_retries=2).post("/things", cast_to=Item, body={})

    assert len(server.requests) == 1


def test_x_should_retry_true_wins_over_400(
    make_client: ClientFactory, server: ScriptedServer, sleeps: SleepRecorder
) -> None:
    server.queue(*[error_reply(400, {"x-should-retry": "true"}) for _ in range(3)], json_reply(OK))

    with pytest.raises(openwire.BadRequestError):
        make_client(max_retries=2).post("/things", cast_to=Item, body={})

    assert len(server.requests) == 3


def test_per_call_max_retries_and_with_options(
    make_client: ClientFactory, server: ScriptedServer, sleeps: SleepRecorder
) -> None:
    client = make_client(max_retries=2)
    server.queue(error_reply(500))
    with pytest.raises(openwire.InternalServerError):
        client.get("/things", cast_to=Item, options={"max_retries": 0})
    assert len(server.requests) == 1

    server.queue(*[error_reply(503) for _ in range(5)], json_reply(OK))
    assert client.with_options(max_retries=5).get("/things", cast_to=Item).id == "ok"
    assert len(server.requests) == 1 + 6
    assert client.max_retries == 2


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after-ms": "50"}, 0.05),
        ({"retry-after": "0.05"}, 0.05),
        ({"retry-after": "2"}, 2.0),
        ({"retry-after-ms": "1500", "retry-after": "9"}, 1.5),
    ],
)
def test_server_retry_delay_is_obeyed(
    make_client: ClientFactory, server: ScriptedServer, sleeps: SleepRecorder, headers: Dict[str, str], expected: float
) -> None:
    server.queue(error_reply(429, headers), json_reply(OK))

    assert make_client().get("/things", cast_to=Item).id == "ok"

    assert sleeps.delays == [pytest.approx(expected)]


def test_retry_after_http_date(make_client: ClientFactory, server: ScriptedServer, sleeps: SleepRecorder) -> None:
    when = email.utils.formatdate(time.time() + 3, usegmt=True)
    server.queue(error_reply(503, {"retry-after": when}), json_reply(OK))

    assert make_client().get("/things", cast_to=Item).id == "ok"

    assert len(sleeps.delays) == 1
    assert 1.0 < sleeps.delays[0] <= 3.0


@pytest.mark.parametrize("headers", [{"retry-after": "200"}, {"retry-after-ms": "121000"}])
def test_server_delay_over_120_seconds_means_no_retry(
    make_client: ClientFactory, server: ScriptedServer, sleeps: SleepRecorder, headers: Dict[str, str]
) -> None:
    server.queue(error_reply(429, headers), json_reply(OK))

    with pytest.raises(openwire.RateLimitError):
        make_client(max_retries=2).get("/things", cast_to=Item)

    assert len(server.requests) == 1
    assert sleeps.delays == []


@pytest.mark.parametrize("headers", [{"retry-after-ms": "60"}, {"retry-after": "0.06"}])
def test_retry_delay_observed_by_the_server(
    make_client: ClientFactory, server: ScriptedServer, headers: Dict[str, str]
) -> None:
    server.queue(error_reply(429, headers), json_reply(OK))

    assert make_client().get("/things", cast_to=Item).id == "ok"

    first, second = server.requests
    gap = second.time - first.time
    # The server's delay, not the default backoff (at least 0.375 s).
    assert 0.06 <= gap < 0.3


# -- timeouts and transport failures -------------------------------------------------------------


def test_stalled_server_times_out(make_client: ClientFactory, server: ScriptedServer) -> None:
    server.queue(stall())
    client = make_client(timeout=0.2, max_retries=0)

    started = time.monotonic()
    with pytest.raises(openwire.APITimeoutError) as info:
        client.get("/slow", cast_to=Item)

    assert time.monotonic() - started < 2.0
    assert isinstance(info.value, openwire.APIConnectionError)
    assert isinstance(info.value.__cause__, httpx.TimeoutException)
    assert info.value.request.url.path == "/v1/slow"
    assert len(server.requests) == 1


def test_timeouts_are_retried(make_client: ClientFactory, server: ScriptedServer, sleeps: SleepRecorder) -> None:
    server.queue(stall(), stall(), stall())

    with pytest.raises(openwire.APITimeoutError):
        make_client(max_retries=2).get("/slow", cast_to=Item, options={"timeout": 0.2})

    assert len(server.requests) == 3
    assert len(sleeps.delays) == 2


def test_slow_answer_then_fast_answer(
    make_client: ClientFactory, server: ScriptedServer, sleeps: SleepRecorder
) -> None:
    server.queue(json_reply(OK, delay=1.0), json_reply({"id": "second"}))

    item = make_client(timeout=httpx.Timeout(0.2), max_retries=1).get("/slow", cast_to=Item)

    assert item.id == "second"
    assert len(server.requests) == 2


def test_connection_refused(make_client: ClientFactory, sleeps: SleepRecorder) -> None:
    client = make_client(base_url=f"http://127.0.0.1:{free_port()}/v1", max_retries=1)

    with pytest.raises(openwire.APIConnectionError) as info:
        client.get("/things", cast_to=Item)

    assert not isinstance(info.value, openwire.APITimeoutError)
    assert isinstance(info.value.__cause__, httpx.ConnectError)
    assert len(sleeps.delays) == 1


def test_reset_mid_body_is_retried(make_client: ClientFactory, server: ScriptedServer, sleeps: SleepRecorder) -> None:
    server.queue(reset(), json_reply(OK))

    assert make_client(max_retries=1).post("/things", cast_to=Item, body={"n": 1}).id == "ok"

    assert len(server.requests) == 2
    assert server.requests[0].body == server.requests[1].body == b'{"n":1}'
    assert server.connections == 2


@pytest.mark.parametrize("abort", ["reset", "close"])
def test_body_cut_short_raises_connection_error(make_client: ClientFactory, server: ScriptedServer, abort: str) -> None:
    if abort == "reset":
        server.queue(reset())
    else:  # a clean close (FIN) before the announced length
        server.queue(
            Reply(headers={"content-type": "application/json"}, body=b'{"id": ', content_length=50, close=True)
        )

    with pytest.raises(openwire.APIConnectionError) as info:
        make_client(max_retries=0).get("/things", cast_to=Item)

    assert not isinstance(info.value, openwire.APITimeoutError)
    assert isinstance(info.value.__cause__, httpx.TransportError)


# -- headers -------------------------------------------------------------------------------------


def test_default_headers(make_client: ClientFactory, server: ScriptedServer) -> None:
    server.queue(json_reply(OK), json_reply(OK))
    client = make_client(api_key="sk-abc")

    client.post("/things", cast_to=Item, body={"a": [1, "x"], "b": None})
    client.get("/things", cast_to=Item)

    post, get = server.requests
    assert post.method == "POST"
    assert post.headers["authorization"] == "Bearer sk-abc"
    assert post.headers["accept"] == "application/json"
    assert post.headers["content-type"] == "application/json"
    assert "openwire" in post.headers["user-agent"]
    assert post.body == b'{"a":[1,"x"],"b":null}'
    assert get.method == "GET"
    assert get.body == b""
    for request in (post, get):
        assert request.headers["x-stainless-lang"] == "python"  # platform headers, as the reference
        assert request.headers["x-stainless-retry-count"] == "0"
        assert "openai-organization" not in request.headers
        assert "openai-project" not in request.headers
        assert "idempotency-key" not in request.headers
        assert "x-stainless-raw-response" not in request.headers


def test_organization_project_and_custom_headers(make_client: ClientFactory, server: ScriptedServer) -> None:
    server.queue(json_reply(OK), json_reply(OK))
    client = make_client(organization="org-1", project="proj-1", default_headers={"X-Team": "blue"})

    client.get("/things", cast_to=Item)
    client.get(
        "/things",
        cast_to=Item,
        options={"headers": {"OpenAI-Organization": openwire.omit, "X-Team": "red"}},
    )

    first, second = server.requests
    assert first.headers["openai-organization"] == "org-1"
    assert first.headers["openai-project"] == "proj-1"
    assert first.headers["x-team"] == "blue"
    assert "openai-organization" not in second.headers
    assert second.headers["openai-project"] == "proj-1"
    assert second.headers["x-team"] == "red"


def test_query_default_per_call_and_brackets(make_client: ClientFactory, server: ScriptedServer) -> None:
    server.queue(json_reply(OK))
    client = make_client(default_query={"api-version": "2024-01", "keep": "yes"})

    client.get(
        "/things",
        cast_to=Item,
        options={"params": {"limit": 10, "include": ["a", "b"], "filter": {"kind": "x", "on": True}, "keep": "no"}},
    )

    assert server.requests[0].query == [
        ("api-version", "2024-01"),
        ("keep", "no"),
        ("limit", "10"),
        ("include[]", "a"),
        ("include[]", "b"),
        ("filter[kind]", "x"),
        ("filter[on]", "true"),
    ]


def test_with_options_shares_the_pool_and_leaves_the_original(
    make_client: ClientFactory, server: ScriptedServer
) -> None:
    server.queue(json_reply(OK), json_reply(OK), json_reply(OK))
    client = make_client(organization="org-1", max_retries=2)

    copy = client.with_options(organization="org-2", max_retries=0, default_headers={"X-Copy": "1"})
    client.get("/a", cast_to=Item)
    copy.get("/b", cast_to=Item)
    client.get("/c", cast_to=Item)

    original, copied, again = server.requests
    assert copy._client is client._client
    assert server.connections == 1  # the three requests went over one pooled connection
    assert copied.headers["openai-organization"] == "org-2"
    assert copied.headers["x-copy"] == "1"
    assert original.headers["openai-organization"] == again.headers["openai-organization"] == "org-1"
    assert "x-copy" not in again.headers
    assert client.max_retries == 2 and copy.max_retries == 0


def test_close_releases_connections(make_client: ClientFactory, server: ScriptedServer) -> None:
    server.queue(json_reply(OK))
    client = make_client()
    client.get("/a", cast_to=Item)
    assert server.open_connections == 1

    client.close()

    assert client.is_closed()
    assert server.wait_for(lambda: server.open_connections == 0)


def test_garbage_collected_sync_client_closes_its_pool(server: ScriptedServer) -> None:
    server.queue(json_reply(OK))
    client = openwire.OpenAI(api_key="sk", base_url=server.url)
    client.get("/a", cast_to=Item)
    assert server.open_connections == 1

    del client
    gc.collect()

    assert server.wait_for(lambda: server.open_connections == 0)


# -- configuration from the environment ----------------------------------------------------------


def test_environment_fallbacks(
    make_client: ClientFactory, server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-from-env")
    monkeypatch.setenv("OPENAI_ORG_ID", "org-env")
    monkeypatch.setenv("OPENAI_PROJECT_ID", "proj-env")
    monkeypatch.setenv("OPENAI_BASE_URL", server.origin + "/env-base")
    monkeypatch.setenv("OPENAI_CUSTOM_HEADERS", "X-Custom-One: 1\nX-Custom-Two: two words")
    server.queue(json_reply(OK))

    client = make_client(api_key=None, base_url=None)
    client.get("/things", cast_to=Item)

    request = server.requests[0]
    assert request.path == "/env-base/things"
    assert request.headers["authorization"] == "Bearer sk-from-env"
    assert request.headers["openai-organization"] == "org-env"
    assert request.headers["openai-project"] == "proj-env"
    assert request.headers["x-custom-one"] == "1"
    assert request.headers["x-custom-two"] == "two words"


@pytest.mark.parametrize("client_class", [openwire.OpenAI, openwire.AsyncOpenAI])
def test_missing_api_key(monkeypatch: pytest.MonkeyPatch, client_class: Any) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_ADMIN_KEY", raising=False)

    with pytest.raises(openwire.OpenAIError) as info:
        client_class()

    assert "api_key" in str(info.value)
    assert "OPENAI_API_KEY" in str(info.value)


def test_callable_api_key_is_called_per_request(
    make_client: ClientFactory, server: ScriptedServer, sleeps: SleepRecorder
) -> None:
    calls = []

    def provider() -> str:
        calls.append(1)
        return f"sk-rotated-{len(calls)}"

    server.queue(error_reply(500), json_reply(OK), json_reply(OK))
    client = make_client(api_key=provider)
    client.get("/a", cast_to=Item)
    client.get("/b", cast_to=Item)

    assert [r.headers["authorization"] for r in server.requests] == [
        "Bearer sk-rotated-1",
        "Bearer sk-rotated-2",
        "Bearer sk-rotated-3",
    ]


@pytest.mark.anyio
async def test_async_api_key_provider_may_be_awaitable(server: ScriptedServer) -> None:
    async def provider() -> str:
        return "sk-awaited"

    server.queue(json_reply(OK))
    async with openwire.AsyncOpenAI(api_key=provider, base_url=server.url) as client:
        await client.get("/a", cast_to=Item)

    assert server.requests[0].headers["authorization"] == "Bearer sk-awaited"


# -- logging -------------------------------------------------------------------------------------


def test_logging_shows_method_url_and_retries_never_the_key(
    make_client: ClientFactory, server: ScriptedServer, sleeps: SleepRecorder, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="openwire")
    server.queue(error_reply(500), json_reply(OK))

    make_client(api_key="sk-very-secret").post("/things", cast_to=Item, body={"a": 1})

    text = "\n".join(record.getMessage() for record in caplog.records)
    assert f"POST {server.url}/things" in text
    assert "500" in text and "200" in text
    assert "Retrying" in text
    assert "sk-very-secret" not in text


def test_openai_log_env_var_turns_on_logging(server: ScriptedServer) -> None:
    server.queue(json_reply(OK))
    script = (
        "import openwire\n"
        f"openwire.OpenAI(api_key='sk-hidden-key', base_url={server.url!r}).get('/things', cast_to=object)\n"
    )
    env = {**os.environ, "OPENAI_LOG": "debug"}

    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=30)

    assert result.returncode == 0, result.stderr
    assert f"GET {server.url}/things" in result.stderr
    assert "200" in result.stderr
    assert "sk-hidden-key" not in result.stderr


# -- error responses -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, openwire.BadRequestError),
        (401, openwire.AuthenticationError),
        (403, openwire.PermissionDeniedError),
        (404, openwire.NotFoundError),
        (409, openwire.ConflictError),
        (422, openwire.UnprocessableEntityError),
        (429, openwire.RateLimitError),
        (500, openwire.InternalServerError),
        (503, openwire.InternalServerError),
        (418, openwire.APIStatusError),
    ],
)
def test_error_classes_and_attributes(
    make_client: ClientFactory, server: ScriptedServer, status: int, error_class: type
) -> None:
    server.queue(error_reply(status, {"x-request-id": "req_123"}))

    with pytest.raises(openwire.APIStatusError) as info:
        make_client(max_retries=0).post("/things", cast_to=Item, body={})

    error = info.value
    assert type(error) is error_class
    assert error.status_code == status
    expected_body = {"message": f"failure {status}", "type": "test_error", "param": "p", "code": f"c{status}"}
    assert error.body == expected_body
    assert (error.code, error.param, error.type) == (f"c{status}", "p", "test_error")
    assert error.request_id == "req_123"
    assert error.response.status_code == status
    assert error.message == f"Error code: {status} - {{'error': {expected_body}}}"


def test_error_without_json_body(make_client: ClientFactory, server: ScriptedServer) -> None:
    server.queue(text_reply("Not here", status=404))

    with pytest.raises(openwire.NotFoundError) as info:
        make_client(max_retries=0).get("/missing", cast_to=Item)

    # Not JSON: the message is the raw text, as in the reference.
    assert info.value.message == "Not here"
    assert info.value.body == "Not here"
    assert info.value.code is None and info.value.request_id is None


def test_error_json_without_error_key(make_client: ClientFactory, server: ScriptedServer) -> None:
    server.queue(json_reply({"detail": "nope"}, status=422))

    with pytest.raises(openwire.UnprocessableEntityError) as info:
        make_client(max_retries=0).get("/x", cast_to=Item)

    assert info.value.body == {"detail": "nope"}
    assert info.value.message == "Error code: 422 - {'detail': 'nope'}"


def test_error_with_empty_body(make_client: ClientFactory, server: ScriptedServer) -> None:
    server.queue(Reply(status=500))

    with pytest.raises(openwire.InternalServerError) as info:
        make_client(max_retries=0).get("/x", cast_to=Item)

    assert info.value.status_code == 500
    assert info.value.message == "Error code: 500"
    assert info.value.body == ""


@pytest.mark.parametrize("argument", ["workload_identity", "provider"])
def test_unsupported_auth_arguments_are_refused_not_ignored(argument: str) -> None:
    with pytest.raises(openwire.OpenAIError, match=argument):
        openwire.OpenAI(api_key="sk-test", **{argument: object()})
