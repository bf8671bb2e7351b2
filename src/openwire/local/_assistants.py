"""The Assistants API's objects and how a run executes, for ``routes/assistants.py``.

A run answers the thread's last user message with the server's reply rules (``_rules.decide``,
as chat completions do). When the assistant (or the run) has function tools and the message
names one of them (or ``tool_choice`` forces one, or a rule says ``tool_call=``), the run stops
at ``requires_action`` with that call; after ``submit_tool_outputs`` it completes with a message quoting the outputs.

``execute`` and ``finish_with_outputs`` apply a run's outcome to the store and return the
events a streamed run sends, in the API's order; a run that is not streamed is executed when
polling reaches its last stage (``queued -> in_progress -> done``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Tuple

from ._model_math import count_tokens
from ._rules import decide, pieces
from ._wire import APIFailure

if TYPE_CHECKING:
    from ._context import Context

__all__ = ["AssistantsStore", "Event", "assistants_of", "new_message", "new_run", "execute", "finish_with_outputs"]

Event = Tuple[str, Dict[str, Any]]


@dataclass
class AssistantsStore:
    """The Assistants objects, keyed by id (messages, runs and steps per thread / run)."""

    assistants: Dict[str, Dict[str, Any]] = field(default_factory=dict)
    threads: Dict[str, Dict[str, Any]] = field(default_factory=dict)
    messages: Dict[str, Dict[str, Dict[str, Any]]] = field(default_factory=dict)  # thread id -> messages
    runs: Dict[str, Dict[str, Dict[str, Any]]] = field(default_factory=dict)  # thread id -> runs
    steps: Dict[str, Dict[str, Dict[str, Any]]] = field(default_factory=dict)  # run id -> steps


def assistants_of(app: "Context") -> AssistantsStore:
    """The app's Assistants store (made on first use: most servers never see an assistant)."""
    with app.store.lock:
        store = getattr(app.store, "assistants_api", None)
        if store is None:
            store = AssistantsStore()
            setattr(app.store, "assistants_api", store)  # noqa: B010 - an attribute the dataclass does not declare
        return store


def _content(content: Any, param: str) -> List[Dict[str, Any]]:
    if isinstance(content, str):
        return [{"type": "text", "text": {"value": content, "annotations": []}}]
    if not isinstance(content, list):
        raise APIFailure(
            400, f"Invalid type for '{param}': expected a string or an array of content parts.", param=param
        )
    parts = []
    for index, part in enumerate(content):
        kind = part.get("type") if isinstance(part, dict) else None
        if kind == "text" and isinstance(part.get("text"), str):
            parts.append({"type": "text", "text": {"value": part["text"], "annotations": []}})
        elif kind in ("image_file", "image_url") and isinstance(part.get(kind), dict):
            parts.append({"type": kind, kind: {"detail": "auto", **part[kind]}})
        else:
            raise APIFailure(400, f"Invalid content part at '{param}[{index}]'.", param=f"{param}[{index}]")
    return parts


def new_message(
    app: "Context",
    thread_id: str,
    payload: Dict[str, Any],
    *,
    param: str = "content",
    run: Optional[Dict[str, Any]] = None,
) -> Dict[str, Any]:
    """A message added to a thread (``payload``: ``role``, ``content``, ``attachments``, ``metadata``)."""
    role = payload.get("role")
    if role not in ("user", "assistant"):
        raise APIFailure(
            400, f"Invalid value for 'role': {role!r}. Supported values are: 'user', 'assistant'.", param="role"
        )
    if "content" not in payload:
        raise APIFailure(400, f"Missing required parameter: '{param}'.", param=param, code="missing_required_parameter")
    now = app.clock.seconds()
    message = {
        "id": app.ids.new("msg", "_"),
        "object": "thread.message",
        "created_at": now,
        "thread_id": thread_id,
        "status": "completed",
        "incomplete_details": None,
        "completed_at": now,
        "incomplete_at": None,
        "role": role,
        "content": _content(payload["content"], param),
        "assistant_id": run["assistant_id"] if run else None,
        "run_id": run["id"] if run else None,
        "attachments": payload.get("attachments") or [],
        "metadata": payload.get("metadata") or {},
    }
    assistants_of(app).messages.setdefault(thread_id, {})[message["id"]] = message
    return message


_RUN_SETTINGS = ("model", "instructions", "tools", "temperature", "top_p", "response_format")


def new_run(app: "Context", thread_id: str, assistant: Dict[str, Any], payload: Dict[str, Any]) -> Dict[str, Any]:
    """A queued run of ``assistant`` on the thread; the request's settings override the assistant's."""
    settings = {name: payload[name] if payload.get(name) is not None else assistant.get(name) for name in _RUN_SETTINGS}
    if payload.get("additional_instructions"):
        settings["instructions"] = f"{settings['instructions'] or ''}\n{payload['additional_instructions']}".strip()
    run = {
        "id": app.ids.new("run", "_"),
        "object": "thread.run",
        "created_at": app.clock.seconds(),
        "thread_id": thread_id,
        "assistant_id": assistant["id"],
        "status": "queued",
        "required_action": None,
        "last_error": None,
        "expires_at": app.clock.seconds() + 600,
        "started_at": None,
        "cancelled_at": None,
        "failed_at": None,
        "completed_at": None,
        "incomplete_details": None,
        "model": settings["model"],
        "instructions": settings["instructions"] or "",
        "tools": settings["tools"] or [],
        "metadata": payload.get("metadata") or {},
        "usage": None,
        "temperature": settings["temperature"] if settings["temperature"] is not None else 1.0,
        "top_p": settings["top_p"] if settings["top_p"] is not None else 1.0,
        "max_prompt_tokens": payload.get("max_prompt_tokens"),
        "max_completion_tokens": payload.get("max_completion_tokens"),
        "truncation_strategy": payload.get("truncation_strategy") or {"type": "auto", "last_messages": None},
        "response_format": settings["response_format"] or "auto",
        "tool_choice": payload.get("tool_choice") or "auto",
        "parallel_tool_calls": payload.get("parallel_tool_calls", True),
    }
    for index, extra in enumerate(payload.get("additional_messages") or []):
        new_message(app, thread_id, extra, param=f"additional_messages[{index}].content")
    assistants_of(app).runs.setdefault(thread_id, {})[run["id"]] = run
    return run


def _copy(value: Dict[str, Any]) -> Dict[str, Any]:
    return json.loads(json.dumps(value))  # type: ignore[no-any-return]


def _prompt(app: "Context", thread_id: str) -> str:
    messages = list(assistants_of(app).messages.get(thread_id, {}).values())
    last_user = next((m for m in reversed(messages) if m["role"] == "user"), None)
    if last_user is None:
        return ""
    return " ".join(part["text"]["value"] for part in last_user["content"] if part["type"] == "text")


def _function_tools(run: Dict[str, Any]) -> Dict[str, Optional[Dict[str, Any]]]:
    tools: Dict[str, Optional[Dict[str, Any]]] = {}
    for tool in run["tools"]:
        function = tool.get("function") if isinstance(tool, dict) and tool.get("type") == "function" else None
        if isinstance(function, dict) and isinstance(function.get("name"), str):
            tools[function["name"]] = function.get("parameters")
    return tools


def _step(app: "Context", run: Dict[str, Any], details: Dict[str, Any]) -> Dict[str, Any]:
    step = {
        "id": app.ids.new("step", "_"),
        "object": "thread.run.step",
        "created_at": app.clock.seconds(),
        "assistant_id": run["assistant_id"],
        "thread_id": run["thread_id"],
        "run_id": run["id"],
        "type": details["type"],
        "status": "in_progress",
        "step_details": details,
        "last_error": None,
        "expired_at": None,
        "cancelled_at": None,
        "failed_at": None,
        "completed_at": None,
        "metadata": None,
        "usage": None,
    }
    assistants_of(app).steps.setdefault(run["id"], {})[step["id"]] = step
    return step


def _start(app: "Context", run: Dict[str, Any], events: List[Event]) -> None:
    run.update(status="in_progress", started_at=app.clock.seconds())
    events.append(("thread.run.in_progress", _copy(run)))


def execute(app: "Context", run: Dict[str, Any]) -> List[Event]:
    """Run a queued run to ``completed``, ``requires_action`` or ``failed``; its events after ``created``."""
    events: List[Event] = [("thread.run.queued", _copy(run))]
    _start(app, run, events)
    prompt = _prompt(app, run["thread_id"])
    tools, named = _function_tools(run), None
    choice = run["tool_choice"]
    if choice == "none":
        tools = {}
    elif isinstance(choice, dict) and isinstance(choice.get("function"), dict):
        named = choice["function"].get("name")
    elif choice == "required" and tools:
        named = next(iter(tools))
    named = named or next((name for name in tools if name in prompt), None)
    try:
        answer = decide(app.replies, prompt, tools=tools, forced_tool=named)
    except APIFailure as failure:
        run.update(
            status="failed",
            failed_at=app.clock.seconds(),
            last_error={"code": "server_error", "message": failure.message},
        )
        return [*events, ("thread.run.failed", _copy(run))]
    if answer.tool_name is not None:
        return events + _call_tool(app, run, answer.tool_name, answer.tool_arguments)
    return events + _reply(app, run, answer.text or answer.refusal or "", prompt)


def _call_tool(app: "Context", run: Dict[str, Any], name: str, arguments: str) -> List[Event]:
    call_id = app.ids.new("call", "_")
    step = _step(app, run, {"type": "tool_calls", "tool_calls": []})
    events: List[Event] = [("thread.run.step.created", _copy(step)), ("thread.run.step.in_progress", _copy(step))]
    first = {"index": 0, "id": call_id, "type": "function", "function": {"name": name, "arguments": "", "output": None}}
    events.append(("thread.run.step.delta", _step_delta(step, first)))
    for piece in pieces(arguments, size=8):
        events.append(
            (
                "thread.run.step.delta",
                _step_delta(step, {"index": 0, "type": "function", "function": {"arguments": piece}}),
            )
        )
    call = {"id": call_id, "type": "function", "function": {"name": name, "arguments": arguments, "output": None}}
    step["step_details"]["tool_calls"] = [call]
    required = {"id": call_id, "type": "function", "function": {"name": name, "arguments": arguments}}
    run.update(
        status="requires_action",
        required_action={"type": "submit_tool_outputs", "submit_tool_outputs": {"tool_calls": [required]}},
    )
    return [*events, ("thread.run.requires_action", _copy(run))]


def _step_delta(step: Dict[str, Any], call: Dict[str, Any]) -> Dict[str, Any]:
    delta = {"step_details": {"type": "tool_calls", "tool_calls": [call]}}
    return {"id": step["id"], "object": "thread.run.step.delta", "delta": delta}


def _reply(app: "Context", run: Dict[str, Any], text: str, prompt: str) -> List[Event]:
    thread_id = run["thread_id"]
    message = new_message(app, thread_id, {"role": "assistant", "content": []}, run=run)
    message.update(status="in_progress", completed_at=None)
    step = _step(app, run, {"type": "message_creation", "message_creation": {"message_id": message["id"]}})
    events: List[Event] = [
        ("thread.run.step.created", _copy(step)),
        ("thread.run.step.in_progress", _copy(step)),
        ("thread.message.created", _copy(message)),
        ("thread.message.in_progress", _copy(message)),
    ]
    for number, piece in enumerate(pieces(text)):
        part: Dict[str, Any] = {"index": 0, "type": "text", "text": {"value": piece}}
        if number == 0:
            part["text"]["annotations"] = []
        events.append(
            (
                "thread.message.delta",
                {"id": message["id"], "object": "thread.message.delta", "delta": {"content": [part]}},
            )
        )
    now = app.clock.seconds()
    message.update(
        status="completed", completed_at=now, content=[{"type": "text", "text": {"value": text, "annotations": []}}]
    )
    usage = {"prompt_tokens": count_tokens(prompt), "completion_tokens": count_tokens(text)}
    usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
    step.update(status="completed", completed_at=now, usage=usage)
    run.update(status="completed", completed_at=now, required_action=None, usage=usage)
    return [
        *events,
        ("thread.message.completed", _copy(message)),
        ("thread.run.step.completed", _copy(step)),
        ("thread.run.completed", _copy(run)),
    ]


def finish_with_outputs(app: "Context", run: Dict[str, Any], outputs: List[Dict[str, Any]]) -> List[Event]:
    """Take the outputs of the calls a run waits for, then answer with them; the events."""
    if run["status"] != "requires_action":
        raise APIFailure(
            400,
            f"Runs in status '{run['status']}' do not accept tool outputs (only 'requires_action' runs do).",
            param="tool_outputs",
        )
    waiting = {call["id"]: call for call in run["required_action"]["submit_tool_outputs"]["tool_calls"]}
    given = {output.get("tool_call_id"): output.get("output", "") for output in outputs if isinstance(output, dict)}
    if set(given) != set(waiting):
        missing = sorted(set(waiting) - set(given)) or sorted(set(given) - set(waiting))
        raise APIFailure(
            400,
            f"Expected tool outputs for call ids {sorted(waiting)}, got a mismatch at {missing}.",
            param="tool_outputs",
        )
    events: List[Event] = []
    for step in assistants_of(app).steps.get(run["id"], {}).values():
        if step["type"] == "tool_calls" and step["status"] == "in_progress":
            for call in step["step_details"]["tool_calls"]:
                call["function"]["output"] = given.get(call["id"])
            step.update(status="completed", completed_at=app.clock.seconds())
            events.append(("thread.run.step.completed", _copy(step)))
    run.update(status="queued", required_action=None)
    events.append(("thread.run.queued", _copy(run)))
    _start(app, run, events)
    text = "; ".join(f"{waiting[call_id]['function']['name']} returned {output}" for call_id, output in given.items())
    return events + _reply(app, run, text, _prompt(app, run["thread_id"]))
