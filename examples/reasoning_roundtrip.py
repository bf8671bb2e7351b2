"""A DeepSeek thinking model in a tool loop: its reasoning goes back with the tool call.

DeepSeek's thinking mode answers a tool-call turn with `reasoning_content` and answers the next
request with 400 unless the assistant message sent back carries it. `providers.to_param` turns
an answer into that message (with the fields the preset needs), `providers.Conversation` keeps
the whole list; both work on streamed answers too.

With DEEPSEEK_API_KEY set it calls https://api.deepseek.com (DEEPSEEK_BASE_URL overrides);
otherwise it runs offline against the embedded local server in DeepSeek mode, which enforces the
same rule and is scripted here to call the tool.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any, Dict, List

import openwire
from openwire import OpenAI, providers
from openwire.local import LOCAL_BASE_URL, LocalAPI, local_http_client

MODEL = "deepseek-reasoner"
CITIES = ("Paris", "Lyon", "Nice")  # one per loop below


def question(city: str) -> str:
    return f"What's the weather in {city} right now?"


TOOLS: List[Any] = [
    {
        "type": "function",
        "function": {
            "name": "get_weather",
            "description": "The current weather in a city.",
            "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
        },
    }
]


def get_weather(city: str) -> Dict[str, Any]:
    return {"city": city, "temperature_c": 21, "sky": "clear"}


def make_client() -> "tuple[OpenAI, bool]":
    if os.environ.get("DEEPSEEK_API_KEY"):
        client = OpenAI.for_provider("deepseek", base_url=os.environ.get("DEEPSEEK_BASE_URL"))
        print("Using DeepSeek at", client.base_url)
        return client, False
    print("No DEEPSEEK_API_KEY: using the embedded local server in DeepSeek mode (offline).")
    app = LocalAPI(provider="deepseek")
    # The emulated model calls the tool once per city, then answers.
    for city in CITIES:
        app.replies.add(city, tool_call="get_weather", arguments={"city": city}, times=1)
    http = local_http_client(app)
    return OpenAI.for_provider("deepseek", api_key="local", base_url=LOCAL_BASE_URL, http_client=http), True


def with_conversation(client: OpenAI) -> None:
    chat = providers.Conversation(client, model=MODEL)
    chat.add_user(question("Paris"))
    answer = chat.complete(tools=TOOLS)
    for _ in range(5):  # a few rounds at most
        if not chat.pending_tool_calls:
            break
        for call in chat.pending_tool_calls:
            print(f"tool call: {call.function.name}({call.function.arguments})")
        chat.run_tools({"get_weather": get_weather})
        answer = chat.complete(tools=TOOLS)
    thinking = str(dict(chat.messages[1]).get("reasoning_content") or "")
    print(f"conversation: sent back {len(thinking)} characters of reasoning_content")
    print("conversation answer:", answer.choices[0].message.content)


def streamed_by_hand(client: OpenAI) -> None:
    messages: List[Any] = [{"role": "user", "content": question("Lyon")}]
    with client.chat.completions.stream(model=MODEL, messages=messages, tools=TOOLS) as stream:
        for _ in stream:
            pass
        message = stream.get_final_completion().choices[0].message
    messages.append(providers.to_param(message, "deepseek"))  # reasoning deltas, accumulated
    for call in message.tool_calls or []:
        result = get_weather(**json.loads(call.function.arguments))
        messages.append({"role": "tool", "tool_call_id": call.id, "content": json.dumps(result)})
    answer = client.chat.completions.create(model=MODEL, messages=messages, tools=TOOLS)
    print("streamed answer:", answer.choices[0].message.content)


def without_reasoning(client: OpenAI) -> None:
    messages: List[Any] = [{"role": "user", "content": question("Nice")}]
    message = client.chat.completions.create(model=MODEL, messages=messages, tools=TOOLS).choices[0].message
    messages.append(providers.to_param(message, "openai"))  # what OpenAI takes: no reasoning field
    for call in message.tool_calls or []:
        messages.append({"role": "tool", "tool_call_id": call.id, "content": "21 degrees"})
    try:
        client.chat.completions.create(model=MODEL, messages=messages, tools=TOOLS)
        print("without reasoning_content: accepted")
    except openwire.BadRequestError as error:
        body = error.body if isinstance(error.body, dict) else {}
        print(f"without reasoning_content: {error.status_code} {body.get('message', error.message)}")


def main() -> int:
    client, offline = make_client()
    with client:
        with_conversation(client)
        streamed_by_hand(client)
        if offline:  # the same 400 as DeepSeek's, without spending a request on it
            without_reasoning(client)
    return 0


if __name__ == "__main__":
    sys.exit(main())
