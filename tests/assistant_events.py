"""Scripted Assistants run streams (the SSE bytes of ``POST /threads/{id}/runs`` with
``stream: true``), shared by the handler tests and the differential tests."""

from __future__ import annotations

import json
from typing import Any, Dict, List, Optional, Tuple

__all__ = [
    "run",
    "run_step",
    "message",
    "sse",
    "text_and_tools_stream",
    "completed_stream",
    "EVENTS_WITH_TOOLS",
    "EVENTS_COMPLETED",
]

THREAD = "thread_abc"
RUN = "run_abc"


def run(status: str, *, required_action: Optional[Dict[str, Any]] = None) -> Dict[str, Any]:
    return {
        "id": RUN,
        "object": "thread.run",
        "created_at": 1700000000,
        "thread_id": THREAD,
        "assistant_id": "asst_abc",
        "status": status,
        "required_action": required_action,
        "last_error": None,
        "expires_at": None,
        "started_at": None,
        "cancelled_at": None,
        "failed_at": None,
        "completed_at": 1700000009 if status == "completed" else None,
        "incomplete_details": None,
        "model": "gpt-4o",
        "instructions": "Be brief.",
        "tools": [{"type": "code_interpreter"}],
        "metadata": {},
        "usage": None,
        "temperature": 1.0,
        "top_p": 1.0,
        "max_prompt_tokens": None,
        "max_completion_tokens": None,
        "truncation_strategy": {"type": "auto", "last_messages": None},
        "response_format": "auto",
        "tool_choice": "auto",
        "parallel_tool_calls": True,
    }


def run_step(step_id: str, status: str, details: Dict[str, Any]) -> Dict[str, Any]:
    return {
        "id": step_id,
        "object": "thread.run.step",
        "created_at": 1700000001,
        "assistant_id": "asst_abc",
        "thread_id": THREAD,
        "run_id": RUN,
        "type": details["type"],
        "status": status,
        "step_details": details,
        "last_error": None,
        "expired_at": None,
        "cancelled_at": None,
        "failed_at": None,
        "completed_at": None,
        "metadata": None,
        "usage": None,
    }


def message(status: str, content: List[Dict[str, Any]]) -> Dict[str, Any]:
    return {
        "id": "msg_abc",
        "object": "thread.message",
        "created_at": 1700000002,
        "thread_id": THREAD,
        "status": status,
        "incomplete_details": None,
        "completed_at": None,
        "incomplete_at": None,
        "role": "assistant",
        "content": content,
        "assistant_id": "asst_abc",
        "run_id": RUN,
        "attachments": [],
        "metadata": {},
    }


def _text(value: str) -> Dict[str, Any]:
    return {"value": value, "annotations": []}


def _message_delta(*parts: Dict[str, Any]) -> Dict[str, Any]:
    return {"id": "msg_abc", "object": "thread.message.delta", "delta": {"content": list(parts)}}


def _step_delta(step_id: str, *calls: Dict[str, Any]) -> Dict[str, Any]:
    delta = {"step_details": {"type": "tool_calls", "tool_calls": list(calls)}}
    return {"id": step_id, "object": "thread.run.step.delta", "delta": delta}


_MESSAGE_STEP = {"type": "message_creation", "message_creation": {"message_id": "msg_abc"}}
_FINAL_CONTENT = [
    {"type": "text", "text": _text("Hello")},
    {"type": "image_file", "image_file": {"file_id": "file_img", "detail": None}},
    {"type": "text", "text": _text("Bye")},
]
_FUNCTION_CALL = {
    "id": "call_fn",
    "type": "function",
    "function": {"name": "get_weather", "arguments": '{"city": "Paris"}', "output": None},
}
_CODE_CALL = {
    "id": "call_code",
    "type": "code_interpreter",
    "code_interpreter": {"input": "print(1)", "outputs": [{"type": "logs", "logs": "1"}]},
}

Event = Tuple[str, Any]

EVENTS_WITH_TOOLS: List[Event] = [
    ("thread.run.created", run("queued")),
    ("thread.run.queued", run("queued")),
    ("thread.run.in_progress", run("in_progress")),
    ("thread.run.step.created", run_step("step_msg", "in_progress", _MESSAGE_STEP)),
    ("thread.run.step.in_progress", run_step("step_msg", "in_progress", _MESSAGE_STEP)),
    ("thread.message.created", message("in_progress", [])),
    ("thread.message.in_progress", message("in_progress", [])),
    ("thread.message.delta", _message_delta({"index": 0, "type": "text", "text": {"value": "Hel", "annotations": []}})),
    ("thread.message.delta", _message_delta({"index": 0, "type": "text", "text": {"value": "lo"}})),
    ("thread.message.delta", _message_delta({"index": 1, "type": "image_file", "image_file": {"file_id": "file_img"}})),
    ("thread.message.delta", _message_delta({"index": 2, "type": "text", "text": {"value": "By"}})),
    ("thread.message.delta", _message_delta({"index": 2, "type": "text", "text": {"value": "e"}})),
    ("thread.message.completed", message("completed", _FINAL_CONTENT)),
    ("thread.run.step.completed", run_step("step_msg", "completed", _MESSAGE_STEP)),
    ("thread.run.step.created", run_step("step_tools", "in_progress", {"type": "tool_calls", "tool_calls": []})),
    ("thread.run.step.in_progress", run_step("step_tools", "in_progress", {"type": "tool_calls", "tool_calls": []})),
    (
        "thread.run.step.delta",
        _step_delta(
            "step_tools",
            {
                "index": 0,
                "id": "call_code",
                "type": "code_interpreter",
                "code_interpreter": {"input": "", "outputs": []},
            },
        ),
    ),
    (
        "thread.run.step.delta",
        _step_delta("step_tools", {"index": 0, "type": "code_interpreter", "code_interpreter": {"input": "print("}}),
    ),
    (
        "thread.run.step.delta",
        _step_delta("step_tools", {"index": 0, "type": "code_interpreter", "code_interpreter": {"input": "1)"}}),
    ),
    (
        "thread.run.step.delta",
        _step_delta(
            "step_tools",
            {
                "index": 0,
                "type": "code_interpreter",
                "code_interpreter": {"outputs": [{"index": 0, "type": "logs", "logs": "1"}]},
            },
        ),
    ),
    (
        "thread.run.step.delta",
        _step_delta(
            "step_tools",
            {"index": 1, "id": "call_fn", "type": "function", "function": {"name": "get_weather", "arguments": ""}},
        ),
    ),
    (
        "thread.run.step.delta",
        _step_delta("step_tools", {"index": 1, "type": "function", "function": {"arguments": '{"city"'}}),
    ),
    (
        "thread.run.step.delta",
        _step_delta("step_tools", {"index": 1, "type": "function", "function": {"arguments": ': "Paris"}'}}),
    ),
    (
        "thread.run.requires_action",
        run(
            "requires_action",
            required_action={
                "type": "submit_tool_outputs",
                "submit_tool_outputs": {
                    "tool_calls": [
                        {
                            "id": "call_fn",
                            "type": "function",
                            "function": {"name": "get_weather", "arguments": '{"city": "Paris"}'},
                        }
                    ]
                },
            },
        ),
    ),
]

EVENTS_COMPLETED: List[Event] = [
    ("thread.run.created", run("queued")),
    ("thread.run.in_progress", run("in_progress")),
    ("thread.run.step.created", run_step("step_msg2", "in_progress", _MESSAGE_STEP)),
    ("thread.message.created", message("in_progress", [])),
    (
        "thread.message.delta",
        _message_delta({"index": 0, "type": "text", "text": {"value": "It is ", "annotations": []}}),
    ),
    ("thread.message.delta", _message_delta({"index": 0, "type": "text", "text": {"value": "sunny."}})),
    ("thread.message.completed", message("completed", [{"type": "text", "text": _text("It is sunny.")}])),
    ("thread.run.step.completed", run_step("step_msg2", "completed", _MESSAGE_STEP)),
    ("thread.run.completed", run("completed")),
]


def sse(events: List[Event], *, done: bool = True) -> bytes:
    """The event stream: ``event:`` and ``data:`` lines per event, then ``event: done``."""
    out = [f"event: {name}\ndata: {json.dumps(data)}\n\n" for name, data in events]
    if done:
        out.append("event: done\ndata: [DONE]\n\n")
    return "".join(out).encode()


def text_and_tools_stream() -> bytes:
    return sse(EVENTS_WITH_TOOLS)


def completed_stream() -> bytes:
    return sse(EVENTS_COMPLETED)
