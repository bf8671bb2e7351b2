"""Qwen through Alibaba Cloud Model Studio (DashScope), OpenAI-compatible mode.

With DASHSCOPE_API_KEY set it calls DashScope through the `qwen` preset: the international
endpoint, or the region named by DASHSCOPE_REGION (`cn`, `us`, `hk`, `coding`, ...); otherwise
it runs offline against the embedded local server, which answers in DashScope's wire format.
DashScope's own options, such as `enable_thinking` for Qwen3 models, go in `extra_body`; the
reasoning of a thinking model arrives in `reasoning_content`, which the stream helper
accumulates apart from the answer (read it with `openwire.providers.reasoning_content`).
"""

from __future__ import annotations

import os
import sys

from openwire import OpenAI, providers
from openwire.local import LOCAL_BASE_URL, LocalAPI, local_http_client

MODEL = os.environ.get("QWEN_MODEL", "qwen-plus")


def make_client() -> OpenAI:
    if os.environ.get("DASHSCOPE_API_KEY"):
        client = OpenAI.for_provider("qwen", region=os.environ.get("DASHSCOPE_REGION"))
        print("Using DashScope at", client.base_url)
        return client
    print("No DASHSCOPE_API_KEY: using the embedded local server (offline).")
    app = LocalAPI(provider="qwen")
    return OpenAI.for_provider("qwen", api_key="local", base_url=LOCAL_BASE_URL, http_client=local_http_client(app))


def main() -> int:
    with make_client() as client:
        completion = client.chat.completions.create(
            model=MODEL,
            messages=[
                {"role": "system", "content": "You are a helpful assistant."},
                {"role": "user", "content": "Who are you, in one sentence?"},
            ],
            extra_body={"enable_thinking": False},
        )
        print(f"{MODEL}:", completion.choices[0].message.content)

        print("stream:", end=" ", flush=True)
        stream = client.chat.completions.create(
            model=MODEL,
            messages=[{"role": "user", "content": "Name three rivers in China."}],
            stream=True,
            stream_options={"include_usage": True},
        )
        with stream:
            for chunk in stream:
                for choice in chunk.choices:
                    print(choice.delta.content or "", end="", flush=True)
                if chunk.usage is not None:
                    print(f"\nusage: {chunk.usage.total_tokens} tokens")

        with client.chat.completions.stream(
            model=MODEL,
            messages=[{"role": "user", "content": "Is 221 a prime number?"}],
            extra_body={"enable_thinking": True, "thinking_budget": 256},
        ) as thinking:
            final = thinking.get_final_completion()
        message = final.choices[0].message
        print(
            "thinking:",
            f"{len(providers.reasoning_content(message) or '')} characters of reasoning;",
            "answer:",
            message.content,
        )

        vector = client.embeddings.create(model="text-embedding-v3", input="通义千问").data[0].embedding
        print(f"embedding: {len(vector)} floats")
    return 0


if __name__ == "__main__":
    sys.exit(main())
