"""Client behaviours of the reference that code written for it relies on (issue 13, section 1),
each compared with the reference over a real local socket where it shows them."""

from __future__ import annotations

import warnings
from typing import Any, List

import httpx
import openai
import pydantic
import pytest
from scripted_server import Reply, ScriptedServer, json_reply, text_reply

import openwire

SDKS = [openai, openwire]
MODEL = {"id": "m", "object": "model", "created": 1, "owned_by": "x"}


class Answer(pydantic.BaseModel):
    a: int


@pytest.mark.parametrize("sdk", SDKS, ids=["reference", "openwire"])
def test_create_with_a_model_class_as_response_format_asks_for_parse(server: ScriptedServer, sdk: Any) -> None:
    client = sdk.OpenAI(api_key="sk", base_url=server.url)
    with pytest.raises(TypeError, match="parse"):
        client.chat.completions.create(model="g", messages=[], response_format=Answer)
    assert server.requests == []  # raised before anything was sent
    client.close()


@pytest.mark.parametrize("sdk", SDKS, ids=["reference", "openwire"])
def test_post_with_a_bytes_body_sends_them_with_a_deprecation_warning(server: ScriptedServer, sdk: Any) -> None:
    server.queue(json_reply({}))
    with sdk.OpenAI(api_key="sk", base_url=server.url) as client, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        client.post("/x", cast_to=object, body=b"raw bytes")
    assert [w.category for w in caught] == [DeprecationWarning]
    assert server.requests[-1].body == b"raw bytes"
    assert server.requests[-1].headers["content-type"] == "application/json"


@pytest.mark.parametrize("sdk", SDKS, ids=["reference", "openwire"])
def test_max_retries_none_is_a_type_error(sdk: Any) -> None:
    with pytest.raises(TypeError, match="max_retries"):
        sdk.OpenAI(api_key="sk", max_retries=None)


@pytest.mark.parametrize("sdk", SDKS, ids=["reference", "openwire"])
def test_an_http_client_of_the_wrong_kind_is_refused_naming_the_argument(sdk: Any) -> None:
    with pytest.raises(TypeError, match="http_client"):
        sdk.OpenAI(api_key="sk", http_client=httpx.AsyncClient())
    with pytest.raises(TypeError, match="http_client"):
        sdk.AsyncOpenAI(api_key="sk", http_client=httpx.Client())


@pytest.mark.parametrize("sdk", SDKS, ids=["reference", "openwire"])
def test_copy_with_timeout_none_has_no_timeout(sdk: Any) -> None:
    client = sdk.OpenAI(api_key="sk")
    assert client.copy(timeout=None).timeout is None
    assert sdk.OpenAI(api_key="sk", timeout=None).timeout is None
    assert isinstance(client.copy().timeout, httpx.Timeout)


def test_follow_redirects_false_is_honoured_like_the_reference(server: ScriptedServer) -> None:
    outcomes: List[Any] = []
    for sdk in SDKS:
        server.queue(Reply(status=302, headers={"location": server.url + "/y"}), json_reply({"ok": 1}))
        with sdk.OpenAI(api_key="sk", base_url=server.url, max_retries=0) as client:
            with pytest.raises(sdk.APIStatusError) as info:
                client.get("/x", cast_to=httpx.Response, options={"follow_redirects": False})
        server.clear_queue()
        outcomes.append((type(info.value).__name__, info.value.status_code))
    assert outcomes[1] == outcomes[0] == ("APIStatusError", 302)
    assert [r.path for r in server.requests] == ["/v1/x", "/v1/x"]  # the redirect was not followed


def test_a_model_asked_for_but_a_text_answer_gives_the_text(server: ScriptedServer) -> None:
    answers = []
    for sdk in SDKS:
        server.queue(text_reply("hello there"))
        with sdk.OpenAI(api_key="sk", base_url=server.url) as client:
            answers.append(client.models.retrieve("m"))
    assert answers[1] == answers[0] == "hello there"


def test_the_strict_client_still_refuses_a_text_answer(server: ScriptedServer) -> None:
    server.queue(text_reply("hello there"))
    with openwire.OpenAI(api_key="sk", base_url=server.url, _strict_response_validation=True) as client:
        with pytest.raises(openwire.APIResponseValidationError):
            client.models.retrieve("m")


@pytest.mark.parametrize("sdk", SDKS, ids=["reference", "openwire"])
def test_a_request_on_a_closed_client_is_a_connection_error(server: ScriptedServer, sdk: Any) -> None:
    client = sdk.OpenAI(api_key="sk", base_url=server.url, max_retries=0)
    server.queue(json_reply(MODEL))
    client.models.retrieve("m")
    client.close()
    with pytest.raises(sdk.APIConnectionError):
        client.models.retrieve("m")


@pytest.mark.anyio
async def test_a_request_on_a_closed_async_client_is_a_connection_error(server: ScriptedServer) -> None:
    client = openwire.AsyncOpenAI(api_key="sk", base_url=server.url, max_retries=0)
    await client.close()
    with pytest.raises(openwire.APIConnectionError, match="closed"):
        await client.models.retrieve("m")


def test_streamed_binary_parse_gives_bytes_like_the_reference(server: ScriptedServer, tmp_path: Any) -> None:
    seen = []
    for sdk in SDKS:
        server.queue(Reply(body=b"AUDIO", headers={"content-type": "audio/mpeg"}))
        server.queue(Reply(body=b"AUDIO-FILE", headers={"content-type": "audio/mpeg"}))
        with sdk.OpenAI(api_key="sk", base_url=server.url) as client:
            speech = client.audio.speech.with_streaming_response
            with speech.create(model="tts-1", voice="alloy", input="x") as response:
                parsed = response.parse()
            path = tmp_path / f"{sdk.__name__}.mp3"
            with speech.create(model="tts-1", voice="alloy", input="x") as response:
                response.stream_to_file(path)
        seen.append((type(parsed), parsed, path.read_bytes()))
    assert seen[1] == seen[0] == (bytes, b"AUDIO", b"AUDIO-FILE")


@pytest.mark.anyio
async def test_async_streamed_binary_parse_and_stream_to_file(server: ScriptedServer, tmp_path: Any) -> None:
    server.queue(Reply(body=b"A1", headers={"content-type": "audio/mpeg"}))
    server.queue(Reply(body=b"A2" * 1000, headers={"content-type": "audio/mpeg"}))
    client = openwire.AsyncOpenAI(api_key="sk", base_url=server.url)
    speech = client.audio.speech.with_streaming_response
    async with speech.create(model="tts-1", voice="alloy", input="x") as response:
        assert await response.parse() == b"A1"
    async with speech.create(model="tts-1", voice="alloy", input="x") as response:
        await response.stream_to_file(tmp_path / "out.mp3")
    assert (tmp_path / "out.mp3").read_bytes() == b"A2" * 1000
    await client.close()


def test_default_and_call_headers_keep_the_callers_case(server: ScriptedServer) -> None:
    names = []
    for sdk in SDKS:
        server.queue(json_reply({}), json_reply({}))
        client = sdk.OpenAI(api_key="sk", base_url=server.url, default_headers={"X-My-Header": "a", "x-lower": "b"})
        client.post("/x", cast_to=object, body={}, options={"headers": {"X-Call-Header": "c"}})
        client.with_options(default_headers={"X-Other": "z"}).post("/x", cast_to=object, body={})
        client.close()
        wanted = {"x-my-header", "x-lower", "x-call-header", "x-other"}
        names.append([[k for k, _ in r.raw_headers if k.lower() in wanted] for r in server.requests[-2:]])
    assert sorted(map(sorted, names[1])) == sorted(map(sorted, names[0]))
    assert sorted(names[1][0]) == ["X-Call-Header", "X-My-Header", "x-lower"]


@pytest.mark.parametrize("sdk", SDKS, ids=["reference", "openwire"])
@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_any_exception_of_the_transport_is_a_retried_connection_error(sdk: Any, asynchronous: bool) -> None:
    """Not only httpx's own errors: whatever the transport raises is retried, then raised as
    ``APIConnectionError`` with the original as its cause (a ``BaseException`` is not caught)."""
    import asyncio

    attempts: List[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        attempts.append(request.headers["x-stainless-retry-count"])
        raise ValueError("boom")

    transport = httpx.MockTransport(handler)
    base = {"api_key": "sk", "base_url": "http://test/v1", "max_retries": 2}
    with pytest.raises(sdk.APIConnectionError) as raised:
        if asynchronous:
            client: Any = sdk.AsyncOpenAI(**base, http_client=httpx.AsyncClient(transport=transport))

            async def first_page() -> Any:
                return await client.models.list()

            asyncio.run(first_page())
        else:
            sdk.OpenAI(**base, http_client=httpx.Client(transport=transport)).models.list()
    assert isinstance(raised.value.__cause__, ValueError)
    assert attempts == ["0", "1", "2"]


@pytest.mark.parametrize("sdk", SDKS, ids=["reference", "openwire"])
def test_one_async_client_serves_several_event_loops(sdk: Any) -> None:
    """``asyncio.run`` twice on one ``AsyncOpenAI`` (agent frameworks' ``run_sync`` does it): the
    pooled connection of the closed loop fails, and the request is retried on a new one."""
    import asyncio

    from openwire.local import LocalServer

    server = LocalServer().start()
    client = sdk.AsyncOpenAI(api_key="sk", base_url=server.url, max_retries=1)

    async def retry_counts() -> str:
        raw = await client.models.with_raw_response.list()
        return str(raw.http_request.headers["x-stainless-retry-count"])

    try:
        assert [asyncio.run(retry_counts()), asyncio.run(retry_counts())] == ["0", "1"]
    finally:
        server.stop()
    # The first attempt of the second run is written on the old connection before its read fails,
    # so the server sees it (on both SDKs): 3 requests for 2 calls.
    assert [request.path for request in server.app.requests] == ["/models"] * 3
