"""Names that libraries built on the reference import beyond its public surface
(ECOSYSTEM.md sections 3-6, 8-10). Each test names the library that needs it; where the
reference shows a behaviour, the test compares with it."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any, Dict, List

import httpx
import openai
import pytest
from scripted_server import ScriptedServer, json_reply

import openwire

MODEL = {"id": "m", "object": "model", "created": 1, "owned_by": "x"}


# -- _legacy_response (litellm imports both at import time; logfire imports LegacyAPIResponse) ----


def test_legacy_response_module_re_exports_openwires_classes() -> None:
    from openwire import _legacy_response
    from openwire._binary import HttpxBinaryResponseContent
    from openwire._raw_response import LegacyAPIResponse

    assert _legacy_response.HttpxBinaryResponseContent is HttpxBinaryResponseContent
    assert _legacy_response.LegacyAPIResponse is LegacyAPIResponse
    # litellm 1.110.2 subscripts it in annotations at import time, and subclasses the binary one.
    assert LegacyAPIResponse[int] is not None
    body = HttpxBinaryResponseContent(httpx.Response(200, content=b"abc"))
    assert body.content == b"abc" and body.response.headers is not None


# -- _streaming (litellm: SSEDecoder / ServerSentEvent; any-llm: AsyncStream) ---------------------


def test_streaming_module_streams_are_the_public_ones() -> None:
    from openwire import _streaming

    assert _streaming.Stream is openwire.Stream
    assert _streaming.AsyncStream is openwire.AsyncStream


SSE_INPUTS: List[List[bytes]] = [
    [b"data: a\n\n"],
    [b"event: ping\n\n"],
    [b"id: 5\n\n", b"data: x\n\n"],
    [b"retry: 5\n\n", b"retry: x\n\n"],
    [b": comment\n\n", b"\n\n"],
    [b"data: a\r", b"\rdata: b\r\n\r\ndata: trailing"],
    [b"data: \xc3", b"\xa9\n\n"],
    [b"data:  two spaces\ndata\ndata: x\n\n"],
    [b"event: e\ndata: 1\nid: a\x00b\nunknown: 1\n\n", b"data: [DONE]\n\n"],
]


def _views(events: Any) -> List[Any]:
    return [(e.event, e.data, e.id, e.retry, repr(e)) for e in events]


@pytest.mark.parametrize("chunks", SSE_INPUTS)
def test_sse_decoder_iter_bytes_like_the_reference(chunks: List[bytes]) -> None:
    from openai._streaming import SSEDecoder as TheirDecoder

    from openwire._streaming import SSEDecoder

    assert _views(SSEDecoder().iter_bytes(iter(chunks))) == _views(TheirDecoder().iter_bytes(iter(chunks)))


@pytest.mark.anyio
async def test_sse_decoder_aiter_bytes_like_the_reference() -> None:
    from openai._streaming import SSEDecoder as TheirDecoder

    from openwire._streaming import SSEDecoder

    async def chunks() -> Any:
        for chunk in (b"event: e\nda", b"ta: 1\n\n", b"data: 2\n\n"):
            yield chunk

    mine = [e async for e in SSEDecoder().aiter_bytes(chunks())]
    theirs = [e async for e in TheirDecoder().aiter_bytes(chunks())]
    assert _views(mine) == _views(theirs)


def test_sse_decoder_decode_line_by_line_like_the_reference() -> None:
    from openai._streaming import SSEDecoder as TheirDecoder

    from openwire._streaming import SSEDecoder

    lines = ["data: x", "event: e", "", "id: 1", "", ": c", "data: y", ""]
    mine, theirs = SSEDecoder(), TheirDecoder()
    assert [_views([e]) if e else None for e in map(mine.decode, lines)] == [
        _views([e]) if e else None for e in map(theirs.decode, lines)
    ]


def test_server_sent_event_like_the_reference() -> None:
    from openai._streaming import ServerSentEvent as Theirs

    from openwire._streaming import ServerSentEvent

    for kwargs in ({}, {"data": "1", "event": "e", "id": "i", "retry": 3}):
        assert repr(ServerSentEvent(**kwargs)) == repr(Theirs(**kwargs))  # type: ignore[arg-type]
    event = ServerSentEvent(data='{"a": 1}')
    assert event.json() == {"a": 1}
    with pytest.raises(AttributeError):
        event.data = "other"  # type: ignore[misc]


# -- _base_client.make_request_options (litellm 1.110.2's raw request path) ----------------------

OPTION_CALLS: List[Dict[str, Any]] = [
    {},
    {"extra_headers": {}},
    {"query": {}},
    {"query": {"a": 1}, "extra_query": {"b": 2}},
    {"extra_query": {"b": 2}},
    {"timeout": None},
    {"timeout": 3.0},
    {"extra_body": {}},
    {"idempotency_key": "k"},
    {"security": {"bearer_auth": True}},
    {"synthesize_event_and_data": True},
]


@pytest.mark.parametrize("kwargs", OPTION_CALLS)
def test_make_request_options_like_the_reference(kwargs: Dict[str, Any]) -> None:
    from openai._base_client import make_request_options as theirs

    from openwire._base_client import make_request_options

    assert make_request_options(**kwargs) == theirs(**kwargs)


def test_make_request_options_signature_has_security() -> None:
    # litellm checks this with inspect.signature at import time before passing `security`.
    import inspect

    from openwire._base_client import make_request_options

    assert "security" in inspect.signature(make_request_options).parameters


# -- RAW_RESPONSE_HEADER honoured by client.post (litellm 1.110.2) -------------------------------


def test_raw_response_header_makes_post_return_a_legacy_response(server: ScriptedServer) -> None:
    from openai._constants import RAW_RESPONSE_HEADER as THEIRS

    from openwire._constants import RAW_RESPONSE_HEADER
    from openwire._legacy_response import LegacyAPIResponse

    assert RAW_RESPONSE_HEADER == THEIRS == "X-Stainless-Raw-Response"
    server.queue(json_reply(MODEL, headers={"x-request-id": "req_1"}))
    with openwire.OpenAI(api_key="sk", base_url=server.url) as client:
        from openwire.types import Model

        raw = client.post("/models", cast_to=Model, body={}, options={"headers": {RAW_RESPONSE_HEADER: "true"}})
    assert isinstance(raw, LegacyAPIResponse)
    assert raw.headers["x-request-id"] == "req_1"
    assert raw.parse().id == "m"
    assert RAW_RESPONSE_HEADER.lower() not in server.requests[-1].headers


# -- the security request option (litellm passes {"bearer_auth": True}) ---------------------------

SECURITY_CASES = [
    ({"api_key": "sk", "admin_api_key": "adm"}, {"admin_api_key_auth": True}),
    ({"api_key": "sk", "admin_api_key": "adm"}, {"bearer_auth": True, "admin_api_key_auth": True}),
    ({"api_key": "sk", "admin_api_key": "adm"}, {"bearer_auth": True}),
    ({"api_key": "sk"}, {"admin_api_key_auth": True}),
    ({"admin_api_key": "adm"}, {"bearer_auth": True}),
]


@pytest.mark.parametrize(("keys", "security"), SECURITY_CASES)
def test_security_option_like_the_reference(server: ScriptedServer, keys: Dict[str, str], security: Any) -> None:
    outcomes = []
    for sdk in (openai, openwire):
        client = sdk.OpenAI(base_url=server.url, **keys)  # type: ignore[attr-defined]
        server.queue(json_reply({}))
        try:
            client.post("/x", cast_to=object, body={}, options={"security": security})
            outcomes.append(server.requests[-1].headers.get("authorization"))
        except TypeError:
            outcomes.append(TypeError)
        finally:
            server.clear_queue()
            client.close()
    assert outcomes[1] == outcomes[0]


# -- _types (litellm: Response; agents: Body, Query) and Timeout (litellm 1.110.2) ----------------


def test_types_response_and_timeout_are_httpx_classes() -> None:
    from openwire import _types

    assert _types.Response is httpx.Response
    assert _types.Timeout is httpx.Timeout
    assert openwire.Timeout is httpx.Timeout is openai.Timeout
    timeout = openwire.Timeout(10.0, connect=2.0)
    assert timeout.connect == 2.0
    assert not isinstance(5.0, openwire.Timeout)
    assert set(_types.RequestOptions.__annotations__) >= {"security", "synthesize_event_and_data"}


# -- client attributes (litellm: _base_url, organization; pydantic-ai: _client, _refresh_api_key,
#    _workload_identity_auth) -----------------------------------------------------------------------


def test_base_url_is_an_httpx_url_right_after_construction() -> None:
    client = openwire.OpenAI(api_key="sk", base_url="http://example.test/v1")
    assert isinstance(client._base_url, httpx.URL)
    assert client._base_url is client.base_url
    assert str(client._base_url._uri_reference) == "http://example.test/v1/"  # litellm logs this
    client.base_url = "http://other.test"  # type: ignore[assignment]
    assert str(client._base_url) == "http://other.test/"


def test_organization_and_project_are_re_read_per_request(server: ScriptedServer) -> None:
    seen = []
    for sdk in (openai, openwire):
        with sdk.OpenAI(api_key="sk", base_url=server.url, organization="o1") as client:  # type: ignore[attr-defined]
            server.queue(json_reply(MODEL), json_reply(MODEL))
            client.models.retrieve("m")
            client.organization = "o2"
            client.project = "p2"
            client.models.retrieve("m")
        seen.append(
            [(r.headers.get("openai-organization"), r.headers.get("openai-project")) for r in server.requests[-2:]]
        )
    assert seen[1] == seen[0] == [("o1", None), ("o2", "p2")]


def test_http_client_is_assignable(server: ScriptedServer) -> None:
    client = openwire.OpenAI(api_key="sk", base_url=server.url)
    other = httpx.Client()
    client._client = other
    assert client._client is other
    server.queue(json_reply(MODEL))
    client.models.retrieve("m")
    assert not other.is_closed
    client.close()
    assert other.is_closed


def test_refresh_api_key_and_workload_identity_auth() -> None:
    keys = iter(["k1", "k2"])
    client = openwire.OpenAI(api_key=lambda: next(keys))
    assert client._refresh_api_key() == "k1"
    assert client._refresh_api_key() == "k2" and client.api_key == "k2"
    assert openwire.OpenAI(api_key="sk")._refresh_api_key() == "sk"
    assert client._workload_identity_auth is None


@pytest.mark.anyio
async def test_async_refresh_api_key_is_a_coroutine() -> None:
    async def key() -> str:
        return "ak"

    client = openwire.AsyncOpenAI(api_key=key)
    assert await client._refresh_api_key() == "ak"


# -- lib names (litellm: _parsing, _pydantic; pydantic-ai: API_KEY_SENTINEL; logfire: stream states)


def test_parsing_completions_is_an_attribute_of_a_fresh_parsing_package() -> None:
    code = (
        "from openwire.lib import _parsing, _pydantic\n"
        "import pydantic\n"
        "class M(pydantic.BaseModel):\n    a: int\n"
        "assert _parsing._completions.is_basemodel_type(M)\n"
        "assert not _parsing._completions.is_basemodel_type(M(a=1))\n"
        "assert not _parsing._completions.is_basemodel_type(dict)\n"
        "assert _pydantic.to_strict_json_schema(pydantic.TypeAdapter(list[int])) == "
        "{'items': {'type': 'integer'}, 'type': 'array'}\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_version_names() -> None:
    from openwire import version

    assert version.VERSION == openwire.VERSION == openwire.__version__


def test_azure_api_key_sentinel_like_the_reference() -> None:
    from openai.lib.azure import API_KEY_SENTINEL as THEIRS

    from openwire.lib.azure import API_KEY_SENTINEL

    assert API_KEY_SENTINEL == THEIRS
    options = {"azure_ad_token": "t", "api_version": "v", "azure_endpoint": "https://x.test"}
    assert openwire.AzureOpenAI(**options).api_key == openai.AzureOpenAI(**options).api_key == API_KEY_SENTINEL


def test_azure_sentinel_is_never_sent(server: ScriptedServer) -> None:
    client = openwire.AzureOpenAI(azure_ad_token="tok", api_version="v", azure_endpoint=server.url)
    server.queue(json_reply(MODEL))
    client.models.retrieve("m")
    headers = server.requests[-1].headers
    assert "api-key" not in headers and headers["authorization"] == "Bearer tok"


def test_stream_states_at_the_references_paths() -> None:
    from openwire.lib.streaming.chat import ChatCompletionStreamState
    from openwire.lib.streaming.chat._completions import ChatCompletionStreamState as ByPath

    assert ByPath is ChatCompletionStreamState


def test_response_stream_state_keeps_completed_response() -> None:
    from openwire import omit
    from openwire._models import parse_json
    from openwire.lib.streaming.responses import ResponseStreamState
    from openwire.types.responses import ResponseCompletedEvent

    response = {
        "id": "r",
        "object": "response",
        "created_at": 1,
        "model": "g",
        "output": [],
        "parallel_tool_calls": False,
        "tool_choice": "auto",
        "tools": [],
        "status": "completed",
    }
    state: ResponseStreamState[Any] = ResponseStreamState(input_tools=omit, text_format=omit)
    assert state._completed_response is None
    payload = {"type": "response.completed", "sequence_number": 1, "response": response}
    state.handle_event(parse_json(ResponseCompletedEvent, json.dumps(payload)))
    assert state._completed_response is not None and state._completed_response.id == "r"


def test_streams_take_the_references_constructor_arguments() -> None:
    """litellm and any-llm build streams themselves: ``(*, cast_to, response, client, options=None)``."""
    import inspect

    for cls in (openwire.Stream, openwire.AsyncStream):
        parameters = inspect.signature(cls.__init__).parameters
        assert list(parameters) == ["self", "cast_to", "response", "client", "options"]
        assert parameters["options"].default is None
    response = httpx.Response(
        200, content=b'data: {"a": 1}\n\ndata: [DONE]\n\n', request=httpx.Request("GET", "http://x")
    )
    client = openwire.OpenAI(api_key="k", base_url="http://x")
    stream = openwire.Stream(cast_to=object, response=response, client=client, options=None)
    assert list(stream) == [{"a": 1}]


def test_response_create_params_re_exports_the_input_types() -> None:
    """litellm imports ``ResponseInputParam`` and ``ResponseIncludable`` from ``response_create_params``."""
    import openwire.types.responses as responses
    from openwire.types.responses.response_create_params import ResponseIncludable, ResponseInputParam

    assert ResponseInputParam is responses.ResponseInputParam
    assert ResponseIncludable is responses.ResponseIncludable
