"""Sending through an httpx2 client (``http_client=DefaultHttpx2Client()``), as the reference does.

Real sockets on 127.0.0.1: the same calls through ``openai`` and ``openwire`` with an httpx2
client give the same requests and the same results and errors; retries, streams, uploads,
timeouts and refused connections behave as with httpx, and Bedrock's SigV4 signature is made
through httpx2's auth flow too.
"""

from __future__ import annotations

from typing import Any, List, Tuple

import pytest
from scripted_server import Reply, ScriptedServer, json_reply, sse_body, stall

import openwire

httpx2 = pytest.importorskip("httpx2")
openai = pytest.importorskip("openai")

SDKS = [openai, openwire]
MODELS = {"object": "list", "data": [{"id": "m", "object": "model", "created": 1, "owned_by": "x"}]}
CHUNK = {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m",
         "choices": [{"index": 0, "delta": {"content": "hi"}}]}  # fmt: skip


def sse() -> Reply:
    return Reply(body=sse_body(CHUNK), headers={"content-type": "text/event-stream"})


def test_calls_streams_and_uploads_go_through_httpx2_like_the_reference(server: ScriptedServer) -> None:
    results: List[Tuple[Any, ...]] = []
    for sdk in SDKS:
        server.requests.clear()
        with sdk.OpenAI(api_key="sk", base_url=server.url, http_client=sdk.DefaultHttpx2Client()) as client:
            assert isinstance(client._client, httpx2.Client)
            server.handler = lambda request: json_reply(MODELS)
            models = [m.id for m in client.models.list()]
            raw = client.models.with_raw_response.list()
            server.handler = lambda request: sse()
            chunks = [
                c.choices[0].delta.content for c in client.chat.completions.create(model="m", messages=[], stream=True)
            ]
            server.handler = lambda request: json_reply({"id": "file-1", "object": "file", "bytes": 3, "created_at": 1,
                                                         "filename": "a.jsonl", "purpose": "batch"})  # fmt: skip
            uploaded = client.files.create(file=("a.jsonl", b"{}\\n"), purpose="batch").id
        sent = [(r.method, r.path, r.headers.get("authorization"), r.headers.get("x-stainless-read-timeout"))
                for r in server.requests]  # fmt: skip
        multipart = [(p.name, p.filename, p.data) for p in server.requests[-1].multipart()]
        results.append((models, type(raw.http_response).__module__, chunks, uploaded, sent, multipart))
    assert results[0] == results[1]
    assert results[1][1].startswith("httpx2")


@pytest.mark.parametrize("side", ["sync", "async"])
def test_errors_through_httpx2_are_typed_like_the_reference(server: ScriptedServer, side: str) -> None:
    import anyio

    outcomes = []
    for sdk in SDKS:
        for reply in (json_reply({"error": {"message": "no", "code": "c"}}, status=404), stall()):
            server.handler = lambda request, reply=reply: reply
            try:
                if side == "sync":
                    client = sdk.OpenAI(api_key="sk", base_url=server.url, http_client=sdk.DefaultHttpx2Client(),
                                        max_retries=0, timeout=0.5)  # fmt: skip
                    client.models.list()
                else:

                    async def call(sdk: Any = sdk) -> None:
                        async with sdk.AsyncOpenAI(api_key="sk", base_url=server.url, max_retries=0, timeout=0.5,
                                                   http_client=sdk.DefaultAsyncHttpx2Client()) as client:  # fmt: skip
                            await client.models.list()

                    anyio.run(call)
            except sdk.APIError as err:
                outcomes.append((type(err).__name__, getattr(err, "status_code", None), type(err.__cause__).__name__))
    server.stop()
    for sdk in SDKS:  # nothing listens any more
        client = sdk.OpenAI(api_key="sk", base_url=server.url, http_client=sdk.DefaultHttpx2Client(), max_retries=0)
        with pytest.raises(sdk.APIConnectionError) as info:
            client.models.list()
        outcomes.append((type(info.value).__name__, None, type(info.value.__cause__).__name__))
    assert outcomes[:2] + outcomes[4:5] == outcomes[2:4] + outcomes[5:6]
    assert outcomes[2:4] == [("NotFoundError", 404, "NoneType"), ("APITimeoutError", None, "ReadTimeout")]


def test_retries_through_httpx2_resend_and_count_like_with_httpx(server: ScriptedServer) -> None:
    server.queue(
        json_reply({"error": {"message": "busy"}}, status=503, headers={"retry-after-ms": "1"}), json_reply(MODELS)
    )
    client = openwire.OpenAI(api_key="sk", base_url=server.url, http_client=openwire.DefaultHttpx2Client())
    assert [m.id for m in client.models.list()] == ["m"]
    assert [r.headers["x-stainless-retry-count"] for r in server.requests] == ["0", "1"]


def test_bedrock_signs_through_httpx2(server: ScriptedServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    pytest.importorskip("botocore")
    from bedrock_support import clean_aws_environment, verify_sigv4

    clean_aws_environment(monkeypatch, tmp_path)
    server.handler = lambda request: json_reply(MODELS)
    client = openwire.BedrockOpenAI(aws_region="us-east-1", base_url=server.url, aws_access_key_id="AKIDX",
                                    aws_secret_access_key="secret", http_client=openwire.DefaultHttpx2Client())  # fmt: skip
    client.models.list()
    assert verify_sigv4(server.requests[-1], "secret")
