"""A short tour of openwire.

Without OPENAI_API_KEY it runs offline against the embedded local server (in-process);
with a key it calls the real API (set OPENAI_BASE_URL for another compatible server).
"""

from __future__ import annotations

import os
import sys

import openwire
from openwire import OpenAI
from openwire.local import LOCAL_BASE_URL, local_http_client


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

        print("models:", ", ".join(m.id for m in client.models.list()))

        completion = client.chat.completions.create(
            model=model,
            messages=[{"role": "user", "content": "Say hello in five words."}],
        )
        print("reply:", completion.choices[0].message.content)
        if completion.usage is not None:
            print("usage:", completion.usage.total_tokens, "tokens")

        print("stream:", end=" ", flush=True)
        stream = client.chat.completions.create(
            model=model,
            messages=[{"role": "user", "content": "Count to five."}],
            stream=True,
            stream_options={"include_usage": True},
        )
        with stream:
            for chunk in stream:
                for choice in chunk.choices:
                    print(choice.delta.content or "", end="", flush=True)
        print()

        embedding = client.embeddings.create(model="text-embedding-3-small", input="openwire")
        vector = embedding.data[0].embedding
        print(f"embedding: {len(vector)} floats, first {vector[0]:+.4f}")

        try:
            client.models.retrieve("no-such-model")
        except openwire.NotFoundError as err:
            print("typed error:", type(err).__name__, err.status_code, err.code)
    return 0


if __name__ == "__main__":
    sys.exit(main())
