"""Qwen through Alibaba Cloud Model Studio (DashScope), OpenAI-compatible mode.

With DASHSCOPE_API_KEY set it calls the international endpoint
https://dashscope-intl.aliyuncs.com/compatible-mode/v1 (set DASHSCOPE_BASE_URL to
https://dashscope.aliyuncs.com/compatible-mode/v1 for the China region); otherwise it runs
offline against the embedded local server (in-process). DashScope's own options, such as
`enable_thinking` for Qwen3 models, go in `extra_body`.
"""

from __future__ import annotations

import os
import sys

from openwire import OpenAI
from openwire.testing import LOCAL_BASE_URL, local_http_client

MODEL = os.environ.get("QWEN_MODEL", "qwen-plus")


def make_client() -> OpenAI:
    api_key = os.environ.get("DASHSCOPE_API_KEY")
    if api_key:
        base_url = os.environ.get("DASHSCOPE_BASE_URL", "https://dashscope-intl.aliyuncs.com/compatible-mode/v1")
        print("Using DashScope at", base_url)
        return OpenAI(api_key=api_key, base_url=base_url)
    print("No DASHSCOPE_API_KEY: using the embedded local server (offline).")
    return OpenAI(api_key="local", base_url=LOCAL_BASE_URL, http_client=local_http_client())


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

        vector = client.embeddings.create(model="text-embedding-v3", input="通义千问").data[0].embedding
        print(f"embedding: {len(vector)} floats")
    return 0


if __name__ == "__main__":
    sys.exit(main())
