"""Assistants run streaming: an event handler prints the reply as it arrives, and answers the
run's function call through ``submit_tool_outputs_stream``.

Without OPENAI_API_KEY it runs offline against the embedded local server (in-process);
with a key it calls the real API (the Assistants API is deprecated there, but still served).
"""

from __future__ import annotations

import json
import os
import sys
import warnings
from typing import Any, Dict, List, Optional

from typing_extensions import override

from openwire import AssistantEventHandler, OpenAI
from openwire.local import LOCAL_BASE_URL, local_http_client
from openwire.types.beta import AssistantToolParam
from openwire.types.beta.threads import Message, Run, Text, TextDelta
from openwire.types.beta.threads.run_submit_tool_outputs_params import ToolOutput
from openwire.types.beta.threads.runs import ToolCall

MODEL = os.environ.get("OPENWIRE_DEMO_MODEL", "gpt-4o-mini")
TOOLS: List[AssistantToolParam] = [
    {
        "type": "function",
        "function": {
            "name": "get_weather",
            "description": "The current weather in a city.",
            "parameters": {
                "type": "object",
                "properties": {"city": {"type": "string", "description": "The city, e.g. Paris"}},
                "required": ["city"],
            },
        },
    }
]


def get_weather(city: str) -> Dict[str, Any]:
    """Your code: here a fake forecast, deterministic so the example's output is stable."""
    return {"city": city, "temperature": 10 + sum(map(ord, city)) % 20, "unit": "celsius"}


class Printer(AssistantEventHandler):
    """Prints text as it streams; remembers the function calls the run waits for."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: List[ToolCall] = []

    @override
    def on_text_created(self, text: Text) -> None:
        print("assistant> ", end="", flush=True)

    @override
    def on_text_delta(self, delta: TextDelta, snapshot: Text) -> None:
        print(delta.value or "", end="", flush=True)

    @override
    def on_text_done(self, text: Text) -> None:
        print()

    @override
    def on_tool_call_done(self, tool_call: ToolCall) -> None:
        if tool_call.type == "function" and tool_call not in self.calls:
            self.calls.append(tool_call)


def make_client() -> OpenAI:
    if os.environ.get("OPENAI_API_KEY"):
        return OpenAI()
    print("No OPENAI_API_KEY: using the embedded local server (offline).")
    return OpenAI(api_key="local", base_url=LOCAL_BASE_URL, http_client=local_http_client())


def outputs_for(run: Run, handler: Printer) -> List[ToolOutput]:
    """Run the functions the run asks for; one output per call."""
    outputs: List[ToolOutput] = []
    for call in handler.calls:
        if call.type != "function":
            continue
        arguments = json.loads(call.function.arguments or "{}")
        result = get_weather(**arguments)
        print(f"tool call: {call.function.name}({json.dumps(arguments)}) -> {json.dumps(result)}")
        outputs.append({"tool_call_id": call.id, "output": json.dumps(result)})
    return outputs


def main() -> int:
    warnings.simplefilter("ignore", DeprecationWarning)  # the Assistants API is deprecated upstream
    with make_client() as client:
        assistant = client.beta.assistants.create(
            model=MODEL, name="Weather helper", instructions="Use get_weather for weather questions.", tools=TOOLS
        )
        thread = client.beta.threads.create(
            messages=[{"role": "user", "content": "Use get_weather: what is the weather in Paris?"}]
        )
        handler = Printer()
        with client.beta.threads.runs.stream(
            thread_id=thread.id, assistant_id=assistant.id, event_handler=handler
        ) as stream:
            run: Optional[Run] = stream.get_final_run()
        for _ in range(3):  # a model may chain calls; three rounds are plenty here
            if run is None or run.status != "requires_action":
                break
            outputs = outputs_for(run, handler)
            handler = Printer()  # a handler serves one stream
            with client.beta.threads.runs.submit_tool_outputs_stream(
                thread_id=thread.id, run_id=run.id, tool_outputs=outputs, event_handler=handler
            ) as stream:
                run = stream.get_final_run()
        print("run:", run.status if run else "none")
        messages: List[Message] = list(client.beta.threads.messages.list(thread.id, order="asc"))
        for message in messages:
            text = " ".join(part.text.value for part in message.content if part.type == "text")
            print(f"{message.role}: {text}")
        client.beta.threads.delete(thread.id)
        client.beta.assistants.delete(assistant.id)
    return 0


if __name__ == "__main__":
    sys.exit(main())
