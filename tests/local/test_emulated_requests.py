"""What each provider emulation refuses or ignores in a chat request (``_emulated_requests.py``)."""

from __future__ import annotations

import json
from typing import Any, Dict, List, Optional

import pytest

from openwire.local import LocalAPI
from openwire.local._emulated_requests import instructed_schema, signature_of
from openwire.local._emulations import REASONING_TEXT

SCHEMA = {"type": "object", "properties": {"n": {"type": "integer"}}, "required": ["n"], "additionalProperties": False}
JSON_SCHEMA = {"type": "json_schema", "json_schema": {"name": "N", "schema": SCHEMA, "strict": True}}
CALL = {"id": "call_1", "type": "function", "function": {"name": "f", "arguments": "{}"}}


def chat(provider: str, **body: Any) -> Any:
    app = LocalAPI(provider=provider)
    payload = {"model": "m", "messages": [{"role": "user", "content": "hi"}], **body}
    response = app.handle("POST", "/chat/completions", json.dumps(payload).encode())
    return response.status, json.loads(response.body)


def content(answer: Dict[str, Any]) -> Optional[str]:
    text: Optional[str] = answer["choices"][0]["message"]["content"]
    return text


@pytest.mark.parametrize("provider", ["deepseek", "qwen", "zhipu", "moonshot"])
def test_json_schema_rejected(provider: str) -> None:
    status, body = chat(provider, response_format=JSON_SCHEMA)
    assert status == 400
    assert "json_schema" in json.dumps(body)


@pytest.mark.parametrize("provider", ["ollama", "vllm", "openrouter"])
def test_json_schema_ignored(provider: str) -> None:
    status, body = chat(provider, response_format=JSON_SCHEMA)
    assert status == 200 and content(body) == "You said: hi"


@pytest.mark.parametrize("provider", ["openai", "mistral", "together", "groq", "lmstudio"])
def test_json_schema_honoured(provider: str) -> None:
    status, body = chat(provider, response_format=JSON_SCHEMA)
    assert status == 200 and json.loads(content(body) or "") == {"n": 0}


def test_json_object_rejected_by_lmstudio_ignored_by_vllm() -> None:
    assert chat("lmstudio", response_format={"type": "json_object"})[0] == 400
    assert content(chat("vllm", response_format={"type": "json_object"})[1]) == "You said: hi"
    assert json.loads(content(chat("deepseek", response_format={"type": "json_object"})[1]) or "") == {
        "reply": "You said: hi"
    }


def test_a_model_asked_for_json_follows_the_schema_in_its_instructions() -> None:
    system = {"role": "system", "content": "Answer as JSON matching " + json.dumps(SCHEMA)}
    messages = [system, {"role": "user", "content": "hi"}]
    for provider, response_format in [("vllm", JSON_SCHEMA), ("deepseek", {"type": "json_object"})]:
        status, body = chat(provider, messages=messages, response_format=response_format)
        assert status == 200 and json.loads(content(body) or "") == {"n": 0}, provider
    # without asking for JSON the instructions change nothing
    assert content(chat("deepseek", messages=messages)[1]) == "You said: hi"


def test_instructed_schema_reads_system_and_developer_text() -> None:
    parts = [{"type": "text", "text": "Use " + json.dumps(SCHEMA)}]
    assert instructed_schema([{"role": "developer", "content": parts}]) == SCHEMA
    assert instructed_schema([{"role": "user", "content": json.dumps(SCHEMA)}]) is None
    assert instructed_schema([{"role": "system", "content": "no {json here"}]) is None


def turn(assistant: Dict[str, Any]) -> List[Dict[str, Any]]:
    return [
        {"role": "user", "content": "weather?"},
        {"role": "assistant", "content": None, "tool_calls": [CALL], **assistant},
        {"role": "tool", "tool_call_id": "call_1", "content": "sunny"},
    ]


@pytest.mark.parametrize(
    ("provider", "model", "extra", "field"),
    [
        ("deepseek", "deepseek-reasoner", {}, "reasoning_content"),
        ("deepseek", "deepseek-chat", {"thinking": {"type": "enabled"}}, "reasoning_content"),
        ("qwen", "qwen-plus", {"enable_thinking": True}, "reasoning_content"),
        ("vllm", "Qwen/QwQ-32B", {}, "reasoning"),
    ],
)
def test_round_trip_rule(provider: str, model: str, extra: Dict[str, Any], field: str) -> None:
    status, body = chat(provider, model=model, messages=turn({}), **extra)
    assert status == 400 and f"`{field}`" in json.dumps(body) and "messages[1]" in json.dumps(body)
    assert chat(provider, model=model, messages=turn({field: "I thought."}), **extra)[0] == 200
    # thinking off: nothing to send back
    assert chat(provider, model="plain-model", messages=turn({}))[0] == 200
    # an earlier turn's tool call (before the last user message) is not checked
    later = [*turn({}), {"role": "assistant", "content": "sunny"}, {"role": "user", "content": "thanks"}]
    assert chat(provider, model=model, messages=later, **extra)[0] == 200


def test_vllm_accepts_the_older_field_name() -> None:
    assert chat("vllm", model="Qwen/QwQ-32B", messages=turn({"reasoning_content": "old name"}))[0] == 200


def test_openrouter_reasoning_details_are_checked() -> None:
    reasoning = {"reasoning": {"effort": "low"}}
    block = {"type": "reasoning.text", "text": REASONING_TEXT, "signature": signature_of(REASONING_TEXT), "index": 0}
    assert chat("openrouter", messages=turn({}), **reasoning)[0] == 400
    assert chat("openrouter", messages=turn({"reasoning_details": [block]}), **reasoning)[0] == 200
    forged = {**block, "text": "Something else."}
    status, body = chat("openrouter", messages=turn({"reasoning_details": [forged]}), **reasoning)
    assert status == 400 and "signature" in json.dumps(body)
    assert chat("openrouter", messages=turn({}))[0] == 200  # reasoning not asked for


def test_openrouter_answers_carry_signed_reasoning_details() -> None:
    status, body = chat("openrouter", reasoning={})
    assert status == 200
    (detail,) = body["choices"][0]["message"]["reasoning_details"]
    assert detail["text"] == REASONING_TEXT and detail["signature"] == signature_of(REASONING_TEXT)
