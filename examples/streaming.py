"""Streaming a chat answer: raw chunks, the `stream()` helper's typed events, and stopping early.

Without OPENAI_API_KEY it runs offline against the embedded local server (in-process);
with a key it calls the real API (set OPENAI_BASE_URL for another compatible server).
"""

from __future__ import annotations

import os
import sys

from openwire import OpenAI
from openwire.local import LOCAL_BASE_URL, local_http_client

MODEL = os.environ.get("OPENWIRE_DEMO_MODEL", "gpt-4o-mini")


def make_client() -> OpenAI:
    if os.environ.get("OPENAI_API_KEY"):
        return OpenAI()
    print("No OPENAI_API_KEY: using the embedded local server (offline).")
    return OpenAI(api_key="local", base_url=LOCAL_BASE_URL, http_client=local_http_client())


def raw_chunks(client: OpenAI) -> None:
    """`stream=True` yields `ChatCompletionChunk`s; the usage arrives in a last chunk with no choices."""
    print("chunks:", end=" ", flush=True)
    stream = client.chat.completions.create(
        model=MODEL,
        messages=[{"role": "user", "content": "Write a haiku about rivers."}],
        stream=True,
        stream_options={"include_usage": True},
    )
    chunks = 0
    with stream:
        for chunk in stream:
            chunks += 1
            for choice in chunk.choices:
                print(choice.delta.content or "", end="", flush=True)
            if chunk.usage is not None:
                print(f"\nusage: {chunk.usage.total_tokens} tokens in {chunks} chunks")


def helper_events(client: OpenAI) -> None:
    """`chat.completions.stream()` yields typed events and accumulates the final completion."""
    print("events:", end=" ", flush=True)
    with client.chat.completions.stream(
        model=MODEL, messages=[{"role": "user", "content": "Name three planets."}]
    ) as stream:
        for event in stream:
            if event.type == "content.delta":
                print(event.delta, end="", flush=True)
            elif event.type == "content.done":
                print()
        final = stream.get_final_completion()
    print("final:", final.choices[0].message.content, f"(finish_reason={final.choices[0].finish_reason})")


def stop_early(client: OpenAI) -> None:
    """Leaving the loop closes the stream and releases its connection: nothing to clean up."""
    stream = client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": "Tell me a long story."}], stream=True
    )
    words = []
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            words.append(chunk.choices[0].delta.content)
        if len(words) >= 2:
            break
    print("first pieces:", "".join(words).strip(), "| stream closed:", stream.response.is_closed)


def main() -> int:
    with make_client() as client:
        raw_chunks(client)
        helper_events(client)
        stop_early(client)
    return 0


if __name__ == "__main__":
    sys.exit(main())
