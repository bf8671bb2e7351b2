"""A short tour of openwire.

Without OPENAI_API_KEY it runs offline against the embedded local server (in-process);
with a key it calls the real API (set OPENAI_BASE_URL for another compatible server).
"""

from __future__ import annotations

import os
import sys
from typing import List, Optional

import openwire
from openwire import BaseModel, OpenAI
from openwire.pagination import SyncPage
from openwire.testing import LOCAL_BASE_URL, local_http_client


class Message(BaseModel):
    role: str
    content: Optional[str] = None


class Choice(BaseModel):
    index: int
    message: Message
    finish_reason: Optional[str] = None


class ChatCompletion(BaseModel):
    id: str
    model: str
    choices: List[Choice]


class Delta(BaseModel):
    content: Optional[str] = None


class ChunkChoice(BaseModel):
    index: int
    delta: Delta


class ChatCompletionChunk(BaseModel):
    id: str
    choices: List[ChunkChoice]


class Model(BaseModel):
    id: str
    owned_by: Optional[str] = None


def make_client() -> OpenAI:
    if os.environ.get("OPENAI_API_KEY"):
        print("Using the API at", os.environ.get("OPENAI_BASE_URL", "https://api.openai.com/v1"))
        return OpenAI()
    print("No OPENAI_API_KEY: using the embedded local server (offline).")
    return OpenAI(api_key="local", base_url=LOCAL_BASE_URL, http_client=local_http_client())


def main() -> int:
    model = os.environ.get("OPENWIRE_DEMO_MODEL", "gpt-4o-mini")
    with make_client() as client:
        print(f"openwire {openwire.__version__}")

        models = client.get_api_list("/models", model=Model, page=SyncPage[Model])
        print("models:", ", ".join(m.id for m in models))

        body = {"model": model, "messages": [{"role": "user", "content": "Say hello in five words."}]}
        completion = client.post("/chat/completions", body=body, cast_to=ChatCompletion)
        print("reply:", completion.choices[0].message.content)

        print("stream:", end=" ", flush=True)
        stream = client.post(
            "/chat/completions",
            body={**body, "stream": True},
            cast_to=ChatCompletionChunk,
            stream=True,
            stream_cls=openwire.Stream[ChatCompletionChunk],
        )
        with stream:
            for chunk in stream:
                for choice in chunk.choices:
                    print(choice.delta.content or "", end="", flush=True)
        print()

        try:
            client.get("/no/such/endpoint", cast_to=object)
        except openwire.NotFoundError as err:
            print("typed error:", type(err).__name__, err.status_code, err.code)
    return 0


if __name__ == "__main__":
    sys.exit(main())
