"""The Responses API: one call, a streamed answer, a follow-up turn, and stored responses.

Without OPENAI_API_KEY it runs offline against the embedded local server (in-process);
with a key it calls the real API (set OPENAI_BASE_URL for another compatible server).
"""

from __future__ import annotations

import os
import sys

import openwire
from openwire import OpenAI
from openwire.local import LOCAL_BASE_URL, local_http_client

MODEL = os.environ.get("OPENWIRE_DEMO_MODEL", "gpt-4o-mini")


def make_client() -> OpenAI:
    if os.environ.get("OPENAI_API_KEY"):
        return OpenAI()
    print("No OPENAI_API_KEY: using the embedded local server (offline).")
    return OpenAI(api_key="local", base_url=LOCAL_BASE_URL, http_client=local_http_client())


def tour(client: OpenAI) -> None:
    response = client.responses.create(
        model=MODEL,
        instructions="Answer in one short sentence.",
        input="What is the capital of France?",
    )
    # `output_text` joins the text parts of every message in `output`.
    print("answer:", response.output_text, f"({response.status}, {response.id})")

    # A follow-up turn: the server keeps the conversation, you pass the previous id.
    follow_up = client.responses.create(model=MODEL, input="And of Italy?", previous_response_id=response.id)
    print("follow-up:", follow_up.output_text)

    # Streaming: typed events, in the order the server sends them.
    print("stream:", end=" ", flush=True)
    stream = client.responses.create(model=MODEL, input="Count to three.", stream=True)
    kinds = []
    with stream:
        for event in stream:
            kinds.append(event.type)
            if event.type == "response.output_text.delta":
                print(event.delta, end="", flush=True)
    print(f"\nevents: {kinds[0]} ... {kinds[-1]} ({len(kinds)} in all)")

    # Stored responses can be read back, their input listed, and deleted.
    again = client.responses.retrieve(response.id)
    inputs = [item.type for item in client.responses.input_items.list(response.id)]
    print("retrieved:", again.id, "input items:", ", ".join(inputs))
    client.responses.delete(response.id)
    try:
        client.responses.retrieve(response.id)
    except openwire.NotFoundError:
        print("deleted:", response.id)


def main() -> int:
    with make_client() as client:
        try:
            tour(client)
        except openwire.NotFoundError as err:
            if err.code != "unknown_url":
                raise
            print(f"note: this server has no Responses API yet (404 for {err.request.method} {err.request.url.path})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
