"""The clients under test, behind one small interface so every scenario treats them alike.

Each library is imported inside the constructor, never at module import, so that the
subprocess probes load only the library they measure.

openwire has no generated resources yet: until ``client.chat`` / ``client.embeddings`` exist,
chat calls go through ``client.post(...)`` with the stand-in models of ``standin_models``, and
embeddings are skipped. The ``api`` attribute says which path was taken.
"""

from __future__ import annotations

import json
from typing import Any, Dict, Optional

from .payloads import CHAT_REQUEST, EMBEDDING_REQUEST

__all__ = ["SYNC_CONTENDERS", "ASYNC_CONTENDERS", "make_sync", "make_async", "Unsupported"]

API_KEY = "sk-benchmark"
STANDIN_API = "client.post + stand-in model"
GENERATED_API = "client.chat.completions.create"
EMBED_API = "client.embeddings.create"


class Unsupported(Exception):
    """The contender cannot run this scenario yet (the reason is the message)."""


class OpenwireSync:
    embed_api = EMBED_API

    def __init__(self, base_url: str) -> None:
        import openwire

        self.client = openwire.OpenAI(api_key=API_KEY, base_url=f"{base_url}/v1")
        self.generated = hasattr(self.client, "chat")
        self.api = GENERATED_API if self.generated else STANDIN_API
        if not self.generated:
            from .standin_models import ChatCompletion, ChatCompletionChunk

            self._completion = ChatCompletion
            self._stream_cls = openwire.Stream[ChatCompletionChunk]

    def chat(self) -> Any:
        if self.generated:
            return self.client.chat.completions.create(**CHAT_REQUEST)  # type: ignore[attr-defined]
        return self.client.post("/chat/completions", body=CHAT_REQUEST, cast_to=self._completion)

    def stream_chat(self) -> int:
        if self.generated:
            stream = self.client.chat.completions.create(**CHAT_REQUEST, stream=True)  # type: ignore[attr-defined]
        else:
            body = {**CHAT_REQUEST, "stream": True}
            stream = self.client.post(
                "/chat/completions", body=body, cast_to=self._completion, stream=True, stream_cls=self._stream_cls
            )
        count = 0
        for _chunk in stream:
            count += 1
        return count

    def embed(self) -> Any:
        if not hasattr(self.client, "embeddings"):
            raise Unsupported("openwire has no generated `client.embeddings` yet")
        return self.client.embeddings.create(**EMBEDDING_REQUEST)  # type: ignore[attr-defined]

    def close(self) -> None:
        self.client.close()


class OpenAISync:
    api = GENERATED_API
    embed_api = EMBED_API

    def __init__(self, base_url: str) -> None:
        import openai

        self.client = openai.OpenAI(api_key=API_KEY, base_url=f"{base_url}/v1")

    def chat(self) -> Any:
        return self.client.chat.completions.create(**CHAT_REQUEST)

    def stream_chat(self) -> int:
        count = 0
        for _chunk in self.client.chat.completions.create(**CHAT_REQUEST, stream=True):
            count += 1
        return count

    def embed(self) -> Any:
        return self.client.embeddings.create(**EMBEDDING_REQUEST)

    def close(self) -> None:
        self.client.close()


class HttpxSync:
    """The floor: what any httpx-based SDK pays at least (send, receive, ``json.loads``)."""

    api = embed_api = "httpx.Client.post + json.loads"

    def __init__(self, base_url: str) -> None:
        import httpx

        self.client = httpx.Client(base_url=f"{base_url}/v1", headers={"authorization": f"Bearer {API_KEY}"})

    def chat(self) -> Any:
        return json.loads(self.client.post("/chat/completions", json=CHAT_REQUEST).content)

    def stream_chat(self) -> int:
        count = 0
        with self.client.stream("POST", "/chat/completions", json={**CHAT_REQUEST, "stream": True}) as response:
            for line in response.iter_lines():
                if not line.startswith("data: "):
                    continue
                data = line[6:]
                if data == "[DONE]":
                    break
                json.loads(data)
                count += 1
        return count

    def embed(self) -> Any:
        return json.loads(self.client.post("/embeddings", json=EMBEDDING_REQUEST).content)

    def close(self) -> None:
        self.client.close()


SYNC_CONTENDERS: Dict[str, Any] = {"openwire": OpenwireSync, "openai": OpenAISync, "httpx": HttpxSync}


def make_sync(name: str, base_url: str) -> Any:
    return SYNC_CONTENDERS[name](base_url)


# -- async ---------------------------------------------------------------------------------


class OpenwireAsync:
    def __init__(self, base_url: str, *, aiohttp: bool = False) -> None:
        import openwire

        http_client: Optional[Any] = openwire.DefaultAioHttpClient() if aiohttp else None
        self.client = openwire.AsyncOpenAI(api_key=API_KEY, base_url=f"{base_url}/v1", http_client=http_client)
        self.generated = hasattr(self.client, "chat")
        self.api = GENERATED_API if self.generated else STANDIN_API
        if not self.generated:
            from .standin_models import ChatCompletion

            self._completion = ChatCompletion

    async def chat(self) -> Any:
        if self.generated:
            return await self.client.chat.completions.create(**CHAT_REQUEST)  # type: ignore[attr-defined]
        return await self.client.post("/chat/completions", body=CHAT_REQUEST, cast_to=self._completion)

    async def aclose(self) -> None:
        await self.client.close()


class OpenAIAsync:
    api = GENERATED_API

    def __init__(self, base_url: str) -> None:
        import openai

        self.client = openai.AsyncOpenAI(api_key=API_KEY, base_url=f"{base_url}/v1")

    async def chat(self) -> Any:
        return await self.client.chat.completions.create(**CHAT_REQUEST)

    async def aclose(self) -> None:
        await self.client.close()


class HttpxAsync:
    api = "httpx.AsyncClient.post + json.loads"

    def __init__(self, base_url: str) -> None:
        import httpx

        # Same pool size as the SDKs, so that 50 concurrent calls are not queued by the pool.
        self.client = httpx.AsyncClient(
            base_url=f"{base_url}/v1",
            headers={"authorization": f"Bearer {API_KEY}"},
            limits=httpx.Limits(max_connections=1000, max_keepalive_connections=100),
        )

    async def chat(self) -> Any:
        return json.loads((await self.client.post("/chat/completions", json=CHAT_REQUEST)).content)

    async def aclose(self) -> None:
        await self.client.aclose()


ASYNC_CONTENDERS: Dict[str, Any] = {
    "openwire": OpenwireAsync,
    "openwire_aiohttp": lambda base_url: OpenwireAsync(base_url, aiohttp=True),
    "openai": OpenAIAsync,
    "httpx": HttpxAsync,
}


def make_async(name: str, base_url: str) -> Any:
    return ASYNC_CONTENDERS[name](base_url)
