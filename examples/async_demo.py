"""The async client: concurrent requests, async streaming and async pagination.

Without OPENAI_API_KEY it runs offline against the embedded local server (in-process);
with a key it calls the real API (set OPENAI_BASE_URL for another compatible server).
"""

from __future__ import annotations

import asyncio
import os
import sys
import time

from openwire import AsyncOpenAI
from openwire.local import LOCAL_BASE_URL, local_async_http_client

MODEL = os.environ.get("OPENWIRE_DEMO_MODEL", "gpt-4o-mini")


def make_client() -> AsyncOpenAI:
    if os.environ.get("OPENAI_API_KEY"):
        return AsyncOpenAI()
    print("No OPENAI_API_KEY: using the embedded local server (offline).")
    return AsyncOpenAI(api_key="local", base_url=LOCAL_BASE_URL, http_client=local_async_http_client())


async def ask(client: AsyncOpenAI, question: str) -> str:
    completion = await client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": question}], max_completion_tokens=50
    )
    return completion.choices[0].message.content or ""


async def main() -> int:
    async with make_client() as client:
        # `async for` walks every page of a list endpoint.
        models = [model.id async for model in client.models.list()]
        print(f"models: {len(models)} available")

        # One client serves many concurrent tasks of the same event loop.
        questions = ["What is 2 + 2?", "Name a colour.", "Say hi in French."]
        started = time.perf_counter()
        answers = await asyncio.gather(*(ask(client, question) for question in questions))
        elapsed = time.perf_counter() - started
        for question, answer in zip(questions, answers, strict=True):
            print(f"concurrent: {question} -> {answer}")
        print(f"{len(questions)} requests in {elapsed:.2f} s")

        print("async stream:", end=" ", flush=True)
        stream = await client.chat.completions.create(
            model=MODEL, messages=[{"role": "user", "content": "Count to three."}], stream=True
        )
        async with stream:  # releases the connection even if the loop stops early
            async for chunk in stream:
                for choice in chunk.choices:
                    print(choice.delta.content or "", end="", flush=True)
        print()

        # The raw HTTP response is one attribute away, for headers such as the request id.
        raw = await client.chat.completions.with_raw_response.create(
            model=MODEL, messages=[{"role": "user", "content": "Hi"}]
        )
        completion = raw.parse()
        print("raw response:", raw.status_code, "id", completion.id)
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
