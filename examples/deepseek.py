"""DeepSeek through its OpenAI-compatible API: chat, streaming, and the reasoning model.

With DEEPSEEK_API_KEY set it calls https://api.deepseek.com (DEEPSEEK_BASE_URL overrides);
otherwise it runs offline against the embedded local server (in-process).
`deepseek-reasoner` returns its chain of thought in `reasoning_content`, a field outside the
OpenAI spec that openwire keeps on the message (and on stream deltas).
"""

from __future__ import annotations

import os
import sys
from typing import Optional

from openwire import OpenAI
from openwire.testing import LOCAL_BASE_URL, local_http_client


def make_client() -> OpenAI:
    api_key = os.environ.get("DEEPSEEK_API_KEY")
    if api_key:
        base_url = os.environ.get("DEEPSEEK_BASE_URL", "https://api.deepseek.com")
        print("Using DeepSeek at", base_url)
        return OpenAI(api_key=api_key, base_url=base_url)
    print("No DEEPSEEK_API_KEY: using the embedded local server (offline).")
    return OpenAI(api_key="local", base_url=LOCAL_BASE_URL, http_client=local_http_client())


def reasoning_of(message: object) -> Optional[str]:
    """`reasoning_content` when the server sent it (DeepSeek's reasoner does)."""
    value = getattr(message, "reasoning_content", None)
    return value if isinstance(value, str) else None


def main() -> int:
    with make_client() as client:
        completion = client.chat.completions.create(
            model="deepseek-chat",
            messages=[
                {"role": "system", "content": "You are a concise assistant."},
                {"role": "user", "content": "What is the boiling point of water at sea level?"},
            ],
        )
        print("deepseek-chat:", completion.choices[0].message.content)
        if completion.usage is not None:
            print("usage:", completion.usage.prompt_tokens, "in,", completion.usage.completion_tokens, "out")

        print("stream:", end=" ", flush=True)
        stream = client.chat.completions.create(
            model="deepseek-chat", messages=[{"role": "user", "content": "Count to five."}], stream=True
        )
        with stream:
            for chunk in stream:
                for choice in chunk.choices:
                    print(choice.delta.content or "", end="", flush=True)
        print()

        reasoned = client.chat.completions.create(
            model="deepseek-reasoner", messages=[{"role": "user", "content": "Is 221 a prime number?"}]
        )
        message = reasoned.choices[0].message
        thinking = reasoning_of(message)
        print("deepseek-reasoner:", message.content)
        print("reasoning:", f"{len(thinking)} characters" if thinking else "(none sent by this server)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
