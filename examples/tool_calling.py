"""Tool calling: the model asks for a function, your code runs it, the model uses the result.

Without OPENAI_API_KEY it runs offline against the embedded local server (in-process);
with a key it calls the real API (set OPENAI_BASE_URL for another compatible server).
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any, Callable, Dict, List, Optional

from openwire import OpenAI
from openwire.local import LOCAL_BASE_URL, local_http_client
from openwire.types.chat import (
    ChatCompletionFunctionToolParam,
    ChatCompletionMessageFunctionToolCallParam,
    ChatCompletionMessageParam,
)

MODEL = os.environ.get("OPENWIRE_DEMO_MODEL", "gpt-4o-mini")


def get_weather(city: str, unit: str = "celsius") -> Dict[str, Any]:
    """Your code: here a fake forecast, deterministic so the example's output is stable."""
    temperature = 10 + sum(map(ord, city)) % 20
    if unit == "fahrenheit":
        temperature = temperature * 9 // 5 + 32
    return {"city": city, "temperature": temperature, "unit": unit, "sky": "clear"}


TOOLS: List[ChatCompletionFunctionToolParam] = [
    {
        "type": "function",
        "function": {
            "name": "get_weather",
            "description": "The current weather in a city.",
            "parameters": {
                "type": "object",
                "properties": {
                    "city": {"type": "string", "description": "The city, e.g. Paris"},
                    "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
                },
                "required": ["city", "unit"],
                "additionalProperties": False,
            },
            "strict": True,
        },
    }
]
FUNCTIONS: Dict[str, Callable[..., Dict[str, Any]]] = {"get_weather": get_weather}


def make_client() -> OpenAI:
    if os.environ.get("OPENAI_API_KEY"):
        return OpenAI()
    print("No OPENAI_API_KEY: using the embedded local server (offline).")
    return OpenAI(api_key="local", base_url=LOCAL_BASE_URL, http_client=local_http_client())


def main() -> int:
    messages: List[ChatCompletionMessageParam] = [
        {"role": "user", "content": "What's the weather like in Paris today, in celsius?"}
    ]
    answer: Optional[str] = None
    with make_client() as client:
        for round_number in range(3):  # a model may chain calls; three rounds are plenty here
            # The first round requires a tool call (so the example behaves the same everywhere);
            # later rounds let the model answer.
            completion = client.chat.completions.create(
                model=MODEL, messages=messages, tools=TOOLS, tool_choice="required" if round_number == 0 else "auto"
            )
            message = completion.choices[0].message
            answer = message.content
            calls = [call for call in message.tool_calls or [] if call.type == "function"]
            if not calls:
                break
            # Send back the assistant's turn with its calls, then one tool message per call.
            call_params: List[ChatCompletionMessageFunctionToolCallParam] = [
                {
                    "id": call.id,
                    "type": "function",
                    "function": {"name": call.function.name, "arguments": call.function.arguments},
                }
                for call in calls
            ]
            messages.append({"role": "assistant", "content": message.content, "tool_calls": call_params})
            for call in calls:
                arguments = json.loads(call.function.arguments or "{}")
                result = FUNCTIONS[call.function.name](**arguments)
                print(f"tool call: {call.function.name}({json.dumps(arguments)}) -> {json.dumps(result)}")
                messages.append({"role": "tool", "tool_call_id": call.id, "content": json.dumps(result)})
        else:
            print("note: still calling tools after three rounds; stopping")
        if len(messages) == 1:
            print("note: the server answered without calling a tool")
        print("answer:", answer)
    return 0


if __name__ == "__main__":
    sys.exit(main())
