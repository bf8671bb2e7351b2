"""Structured outputs: the answer as an instance of your pydantic model.

`client.chat.completions.parse(response_format=Model)` sends a strict JSON schema derived from
the model and returns `message.parsed`, typed as the model. The same request can be made by
hand with `create(response_format={"type": "json_schema", ...})` and parsed with pydantic.

Without OPENAI_API_KEY it runs offline against the embedded local server (in-process);
with a key it calls the real API (set OPENAI_BASE_URL for another compatible server).
"""

from __future__ import annotations

import json
import os
import sys
from typing import List

import pydantic

import openwire
from openwire import OpenAI
from openwire.local import LOCAL_BASE_URL, local_http_client

MODEL = os.environ.get("OPENWIRE_DEMO_MODEL", "gpt-4o-mini")
QUESTION = "Solve 8x + 7 = -23, step by step."


class Step(pydantic.BaseModel):
    explanation: str
    output: str


class MathAnswer(pydantic.BaseModel):
    steps: List[Step]
    final_answer: str


def make_client() -> OpenAI:
    if os.environ.get("OPENAI_API_KEY"):
        return OpenAI()
    print("No OPENAI_API_KEY: using the embedded local server (offline).")
    return OpenAI(api_key="local", base_url=LOCAL_BASE_URL, http_client=local_http_client())


def show(answer: MathAnswer, how: str) -> None:
    steps = f"{len(answer.steps)} step" + ("" if len(answer.steps) == 1 else "s")
    print(f"{how}: {steps}, final answer: {answer.final_answer}")
    for number, step in enumerate(answer.steps, 1):
        print(f"  {number}. {step.explanation} -> {step.output}")


def with_parse(client: OpenAI) -> None:
    completion = client.chat.completions.parse(
        model=MODEL,
        messages=[
            {"role": "system", "content": "You are a helpful math tutor."},
            {"role": "user", "content": QUESTION},
        ],
        response_format=MathAnswer,
    )
    message = completion.choices[0].message
    if message.parsed is not None:
        show(message.parsed, "parse")
    else:
        print("parse: the model refused:", message.refusal)


def with_json_schema(client: OpenAI) -> None:
    completion = client.chat.completions.create(
        model=MODEL,
        messages=[{"role": "user", "content": QUESTION}],
        response_format={
            "type": "json_schema",
            "json_schema": {"name": "MathAnswer", "schema": MathAnswer.model_json_schema()},
        },
    )
    content = completion.choices[0].message.content or ""
    show(MathAnswer.model_validate_json(content), "json_schema")


def main() -> int:
    with make_client() as client:
        for name, run in (("parse", with_parse), ("json_schema", with_json_schema)):
            if name == "parse" and not hasattr(client.chat.completions, "parse"):
                print("note: this openwire has no chat.completions.parse yet; showing json_schema only")
                continue
            try:
                run(client)
            except pydantic.ValidationError as err:
                # The embedded server answers in plain text until it learns structured outputs.
                text = json.dumps(err.errors()[0].get("input"))[:60]
                print(f"note ({name}): the server's answer is not JSON for the schema: {text}")
            except openwire.LengthFinishReasonError:
                print(f"note ({name}): the answer was cut at the token limit before the JSON was complete")
    return 0


if __name__ == "__main__":
    sys.exit(main())
