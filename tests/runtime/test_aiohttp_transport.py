"""DefaultAioHttpClient: the same client behaviour over aiohttp, against a real local socket."""

from __future__ import annotations

from typing import Iterator, List, Optional

import pytest

import openwire
from openwire import AsyncOpenAI, BaseModel, DefaultAioHttpClient
from openwire.local import LocalServer

pytest.importorskip("aiohttp")


class Model(BaseModel):
    id: str
    owned_by: Optional[str] = None


class Delta(BaseModel):
    content: Optional[str] = None


class ChunkChoice(BaseModel):
    index: int
    delta: Delta


class Chunk(BaseModel):
    id: str
    choices: List[ChunkChoice]


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    with LocalServer() as running:
        yield running


@pytest.mark.anyio
async def test_json_call_and_typed_error(server: LocalServer) -> None:
    async with AsyncOpenAI(api_key="sk-test", base_url=server.url, http_client=DefaultAioHttpClient()) as client:
        model = await client.get("/models/gpt-4o", cast_to=Model)
        assert model.id == "gpt-4o" and isinstance(model.owned_by, str)
        with pytest.raises(openwire.NotFoundError) as excinfo:
            await client.get("/models/nope", cast_to=Model)
        assert excinfo.value.code == "model_not_found"
        assert excinfo.value.status_code == 404


@pytest.mark.anyio
async def test_stream_over_aiohttp(server: LocalServer) -> None:
    body = {"model": "m", "messages": [{"role": "user", "content": "one two three"}], "stream": True}
    async with AsyncOpenAI(api_key="sk-test", base_url=server.url, http_client=DefaultAioHttpClient()) as client:
        stream = await client.post(
            "/chat/completions", body=body, cast_to=Chunk, stream=True, stream_cls=openwire.AsyncStream[Chunk]
        )
        text = ""
        async with stream:
            async for chunk in stream:
                text += "".join(choice.delta.content or "" for choice in chunk.choices)
    assert text == "You said: one two three"


@pytest.mark.anyio
async def test_connection_refused_is_a_connection_error() -> None:
    async with AsyncOpenAI(
        api_key="sk-test", base_url="http://127.0.0.1:9/v1", max_retries=0, http_client=DefaultAioHttpClient()
    ) as client:
        with pytest.raises(openwire.APIConnectionError) as excinfo:
            await client.get("/models", cast_to=object)
    assert excinfo.value.__cause__ is not None
