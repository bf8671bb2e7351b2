"""DeepSeek through its OpenAI-compatible API: chat, streaming, and the reasoning model.

With DEEPSEEK_API_KEY set it calls https://api.deepseek.com through the `deepseek` preset
(DEEPSEEK_BASE_URL overrides); otherwise it runs offline against the embedded local server,
which answers in DeepSeek's wire format. `deepseek-reasoner` returns its chain of thought in
`reasoning_content`, a field outside the OpenAI spec that stays in the message's `model_extra`
(as with the reference SDK); `openwire.providers` reads it, and DeepSeek's cache counters, typed.
"""

from __future__ import annotations

import os
import sys

from openwire import OpenAI, providers
from openwire.local import LOCAL_BASE_URL, LocalAPI, local_http_client


def make_client() -> OpenAI:
    if os.environ.get("DEEPSEEK_API_KEY"):
        client = OpenAI.for_provider("deepseek", base_url=os.environ.get("DEEPSEEK_BASE_URL"))
        print("Using DeepSeek at", client.base_url)
        return client
    print("No DEEPSEEK_API_KEY: using the embedded local server (offline).")
    app = LocalAPI(provider="deepseek")
    return OpenAI.for_provider("deepseek", api_key="local", base_url=LOCAL_BASE_URL, http_client=local_http_client(app))


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
        usage = completion.usage
        if usage is not None:
            print("usage:", usage.prompt_tokens, "in,", usage.completion_tokens, "out,", end=" ")
            print(providers.cache_hit_tokens(usage), "from the cache")

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
        print("deepseek-reasoner:", message.content)
        thinking = providers.reasoning_content(message)
        print("reasoning:", f"{len(thinking)} characters" if thinking else "(none sent by this server)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
