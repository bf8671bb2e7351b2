"""Errors pickle and unpickle, keeping what the caller needs (status, body, headers, request id)
but no credential: no repr, str, log line or pickle of an error holds a key, a token or a secret.
Over a real socket (``raw_server``), sync and async."""

from __future__ import annotations

import logging
import pickle
import socket
from typing import Any, Callable, Iterator

import anyio
import pytest
from raw_server import RawServer, chat_chunk, chunk, head, sse

import openwire

SECRETS = ("sk-the-key", "admin-the-key", "whsec_the-secret", "az-the-key", "ad-the-token")


@pytest.fixture
def server() -> Iterator[RawServer]:
    with RawServer() as raw:
        yield raw


def call(mode: str, make_client: Callable[[Any], Any], action: Callable[[Any], Any]) -> BaseException:
    """Build a client (``make_client(openwire.OpenAI or AsyncOpenAI)``), run ``action`` on it,
    return what it raised."""
    if mode == "sync":
        with make_client("sync") as client:
            with pytest.raises(openwire.OpenAIError) as info:
                for _ in action(client):  # a stream: read it
                    pass
        return info.value

    async def run() -> BaseException:
        async with make_client("async") as client:
            with pytest.raises(openwire.OpenAIError) as info:
                result = action(client)
                if hasattr(result, "__aiter__"):
                    async for _ in result:
                        pass
                else:
                    stream = await result
                    if hasattr(stream, "__aiter__"):
                        async for _ in stream:
                            pass
            return info.value

    error: BaseException = anyio.run(run)
    return error


def openai_client(server_url: str) -> Callable[[str], Any]:
    def make(mode: str) -> Any:
        cls = openwire.OpenAI if mode == "sync" else openwire.AsyncOpenAI
        return cls(
            api_key="sk-the-key",
            admin_api_key="admin-the-key",
            webhook_secret="whsec_the-secret",
            base_url=server_url,
            max_retries=0,
            timeout=2.0,
        )

    return make


def chat(client: Any, **extra: Any) -> Any:
    return client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}], **extra)


def assert_no_secret(*texts: Any) -> None:
    for text in texts:
        shown = text if isinstance(text, bytes) else str(text).encode()
        for secret in SECRETS:
            assert secret.encode() not in shown, f"{secret} leaked"


RATE_LIMITED = head(
    429, content_type="application/json", chunked=False, headers=["x-request-id: req_42", "retry-after: 1"]
)
RATE_BODY = b'{"error": {"message": "Slow down", "type": "requests", "code": "rate_limit_exceeded"}}'


def test_a_rate_limit_error_pickles_without_its_key(
    mode: str, server: RawServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.queue([RATE_LIMITED, RATE_BODY, "close"])
    caplog.set_level(logging.DEBUG, logger="openwire")

    error = call(mode, openai_client(server.url), chat)

    assert isinstance(error, openwire.RateLimitError)
    blob = pickle.dumps(error)
    copy = pickle.loads(blob)
    assert type(copy) is openwire.RateLimitError
    assert (copy.status_code, copy.request_id, copy.message) == (429, "req_42", error.message)
    assert copy.body == {"message": "Slow down", "type": "requests", "code": "rate_limit_exceeded"}
    assert copy.code == "rate_limit_exceeded"
    assert copy.response.headers["retry-after"] == "1"
    assert copy.response.json() == {"error": copy.body}
    assert copy.request.url == error.request.url
    assert copy.request.headers["authorization"] == "[secure]"
    assert_no_secret(blob, repr(error), str(error), repr(error.request.headers), repr(error.response))
    assert_no_secret(*(record.getMessage() for record in caplog.records))


def test_a_connection_error_pickles_without_its_key(mode: str) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # nobody listens there once closed

    error = call(mode, openai_client(f"http://127.0.0.1:{port}/v1"), chat)

    assert type(error) is openwire.APIConnectionError
    blob = pickle.dumps(error)
    copy = pickle.loads(blob)
    assert type(copy) is openwire.APIConnectionError and copy.message == error.message
    assert_no_secret(blob, repr(error.request.headers))


def test_an_error_raised_while_streaming_pickles_as_both_classes(mode: str, server: RawServer) -> None:
    server.queue([head(), chunk(sse(chat_chunk("Hel"))), "reset"])

    error = call(mode, openai_client(server.url), lambda client: chat(client, stream=True))

    copy = pickle.loads(pickle.dumps(error))
    assert isinstance(copy, openwire.APIConnectionError) and isinstance(copy, type(error.__cause__))
    assert type(copy) is type(error)
    assert_no_secret(pickle.dumps(error))


@pytest.mark.parametrize("credential", ["api_key", "azure_ad_token"])
def test_azure_credentials_stay_out_of_reprs_and_pickles(mode: str, server: RawServer, credential: str) -> None:
    server.queue([head(400, content_type="application/json", chunked=False), b'{"error": {"message": "no"}}', "close"])
    root = server.url.removesuffix("/v1")
    value = "az-the-key" if credential == "api_key" else "ad-the-token"

    def make(mode: str) -> Any:
        cls = openwire.AzureOpenAI if mode == "sync" else openwire.AsyncAzureOpenAI
        return cls(api_version="2024-10-21", azure_endpoint=root, max_retries=0, **{credential: value})

    error = call(mode, make, chat)

    assert isinstance(error, openwire.BadRequestError)
    sent = server.requests[0].decode()
    assert value in sent  # the credential was sent, ...
    blob = pickle.dumps(error)
    assert_no_secret(blob, repr(error.request.headers), repr(error.response.request.headers), repr(error))
    assert pickle.loads(blob).status_code == 400
    if credential == "api_key":
        assert error.request.headers["api-key"] == value  # ... and the live request keeps it
