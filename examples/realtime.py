"""Realtime and Responses over WebSocket: a text conversation with a function call, the same
loop through ``responses.connect()``, and a dropped connection that is reopened.

Needs ``pip install 'openwire[realtime]'``. Without OPENAI_API_KEY it runs offline: the embedded
local server listens on 127.0.0.1 (a WebSocket needs a real socket) and speaks both protocols;
it also drops the connection once, to show the reconnection. With a key it calls the real API.
"""

from __future__ import annotations

import json
import os
from contextlib import ExitStack
from typing import Any, Dict, Optional

from openwire import OpenAI, ReconnectingEvent, ReconnectingOverrides
from openwire.local import LocalServer
from openwire.types.realtime.realtime_function_tool_param import RealtimeFunctionToolParam

REALTIME_MODEL = os.environ.get("OPENWIRE_REALTIME_MODEL", "gpt-realtime")
MODEL = os.environ.get("OPENWIRE_DEMO_MODEL", "gpt-4o-mini")
WEATHER_TOOL: RealtimeFunctionToolParam = {
    "type": "function",
    "name": "get_weather",
    "description": "The current weather in a city.",
    "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
}


def get_weather(city: str) -> Dict[str, Any]:
    """Your code: a fake forecast, deterministic so the example's output is stable."""
    return {"city": city, "temperature": 10 + sum(map(ord, city)) % 20, "unit": "celsius"}


def realtime_conversation(client: OpenAI) -> None:
    """One user turn; the model calls get_weather, we answer, it replies in text."""
    with client.realtime.connect(model=REALTIME_MODEL) as connection:
        connection.session.update(session={"type": "realtime", "output_modalities": ["text"], "tools": [WEATHER_TOOL]})
        connection.conversation.item.create(
            item={
                "type": "message",
                "role": "user",
                "content": [{"type": "input_text", "text": "Use get_weather: what is the weather in Paris?"}],
            }
        )
        connection.response.create()
        called = False
        for event in connection:
            if event.type == "session.created":
                print("realtime: session created")
            elif event.type == "response.output_text.delta":
                print(event.delta, end="", flush=True)
            elif event.type == "response.function_call_arguments.done":
                called = True
                result = get_weather(**json.loads(event.arguments))
                print(f"realtime: the model called {event.name}({event.arguments}) -> {result['temperature']} C")
                connection.conversation.item.create(
                    item={"type": "function_call_output", "call_id": event.call_id, "output": json.dumps(result)}
                )
            elif event.type == "response.done":
                if called:
                    called = False
                    connection.response.create()  # answer with the function's result
                    continue
                print()
                break
            elif event.type == "error":
                print(f"realtime error: {event.error.message}")
                break


def responses_over_websocket(client: OpenAI) -> None:
    """The Responses API on one socket: each turn is a ``response.create`` event."""
    with client.responses.connect() as connection:
        connection.response.create(model=MODEL, input="Say hello over a WebSocket.", store=False)
        for event in connection:
            if event.type == "response.output_text.delta":
                print(event.delta, end="", flush=True)
            elif event.type in ("response.completed", "response.failed", "error"):
                print(f"\nresponses: {event.type}")
                break


def reconnection(client: OpenAI, server: LocalServer) -> None:
    """The server closes the socket with 1011 after its first event; with ``on_reconnecting`` the
    session is opened again and iteration goes on."""
    server.app.faults.add(path="/realtime", close_code=1011, close_after=1, times=1)

    def on_reconnecting(event: ReconnectingEvent) -> Optional[ReconnectingOverrides]:
        print(f"reconnecting after close code {event.close_code} (attempt {event.attempt} of {event.max_attempts})")
        return None

    sessions = 0
    with client.realtime.connect(model=REALTIME_MODEL, on_reconnecting=on_reconnecting, initial_delay=0.05) as conn:
        for event in conn:
            if event.type == "session.created":
                sessions += 1
                if sessions == 2:
                    break
    print(f"sessions opened on one connect(): {sessions}")


def main() -> None:
    with ExitStack() as stack:
        server: Optional[LocalServer] = None
        if os.environ.get("OPENAI_API_KEY"):
            client = OpenAI()
        else:
            print("No OPENAI_API_KEY: using the embedded local server on 127.0.0.1 (offline).")
            server = stack.enter_context(LocalServer())
            client = OpenAI(api_key="local", base_url=server.url)
        realtime_conversation(client)
        responses_over_websocket(client)
        if server is not None:
            reconnection(client, server)


if __name__ == "__main__":
    main()
