"""The Assistants API (beta): assistants, threads, messages, runs and run steps.

Runs execute as ``_assistants.py`` describes. A run created without ``stream`` is ``queued``,
then ``in_progress`` (one stage per ``retrieve`` or per ``app.lifecycle_step`` seconds), then
done; with ``"stream": true`` the response is the run's event stream (``event: thread.run.created``
... ``event: done`` / ``data: [DONE]``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Iterator, List

from .._assistants import Event, assistants_of, execute, finish_with_outputs, new_message, new_run
from .._pages import cursor_page, ordered
from .._params import as_list, as_object, not_found, optional_bool, required_str
from .._state import Lifecycle
from .._wire import APIFailure, LocalRequest, LocalResponse, sse_event

if TYPE_CHECKING:
    from .._context import Context
    from .._router import Route

__all__ = ["ROUTES"]

STAGES = ("queued", "in_progress", "done")
_ASSISTANT_FIELDS = (
    *("name", "description", "instructions", "tools", "tool_resources", "metadata"),
    *("temperature", "top_p", "response_format", "model"),
)


def _deleted(kind: str, ident: str) -> LocalResponse:
    return LocalResponse.json(200, {"id": ident, "object": f"{kind}.deleted", "deleted": True})


def _page(app: "Context", items: List[Dict[str, Any]], request: LocalRequest) -> LocalResponse:
    return LocalResponse.json(200, cursor_page(ordered(items, request), request, with_ids=True))


# -- assistants ----------------------------------------------------------------------------------


def create_assistant(app: "Context", request: LocalRequest) -> LocalResponse:
    payload = request.json()
    assistant: Dict[str, Any] = {
        "id": app.ids.new("asst", "_"),
        "object": "assistant",
        "created_at": app.clock.seconds(),
        "model": required_str(payload, "model"),
        "name": None,
        "description": None,
        "instructions": None,
        "tools": [],
        "tool_resources": None,
        "metadata": {},
        "temperature": 1.0,
        "top_p": 1.0,
        "response_format": "auto",
    }
    as_list(payload.get("tools") or [], "tools")
    assistant.update({name: payload[name] for name in _ASSISTANT_FIELDS if payload.get(name) is not None})
    assistants_of(app).assistants[assistant["id"]] = assistant
    return LocalResponse.json(200, assistant)


def _assistant(app: "Context", assistant_id: str, param: str = "assistant_id") -> Dict[str, Any]:
    assistant = assistants_of(app).assistants.get(assistant_id)
    if assistant is None:
        raise not_found("assistant", assistant_id, param)
    return assistant


def retrieve_assistant(app: "Context", request: LocalRequest, assistant_id: str) -> LocalResponse:
    return LocalResponse.json(200, _assistant(app, assistant_id))


def update_assistant(app: "Context", request: LocalRequest, assistant_id: str) -> LocalResponse:
    assistant = _assistant(app, assistant_id)
    payload = request.json()
    assistant.update({name: payload[name] for name in _ASSISTANT_FIELDS if name in payload})
    return LocalResponse.json(200, assistant)


def delete_assistant(app: "Context", request: LocalRequest, assistant_id: str) -> LocalResponse:
    _assistant(app, assistant_id)
    del assistants_of(app).assistants[assistant_id]
    return _deleted("assistant", assistant_id)


def list_assistants(app: "Context", request: LocalRequest) -> LocalResponse:
    return _page(app, list(assistants_of(app).assistants.values()), request)


# -- threads and messages ------------------------------------------------------------------------


def _new_thread(app: "Context", payload: Dict[str, Any]) -> Dict[str, Any]:
    thread: Dict[str, Any] = {
        "id": app.ids.new("thread", "_"),
        "object": "thread",
        "created_at": app.clock.seconds(),
        "metadata": payload.get("metadata") or {},
        "tool_resources": payload.get("tool_resources"),
    }
    assistants_of(app).threads[thread["id"]] = thread
    for index, message in enumerate(as_list(payload.get("messages") or [], "messages")):
        new_message(app, thread["id"], as_object(message, f"messages[{index}]"), param=f"messages[{index}].content")
    return thread


def create_thread(app: "Context", request: LocalRequest) -> LocalResponse:
    return LocalResponse.json(200, _new_thread(app, request.json()))


def _thread(app: "Context", thread_id: str) -> Dict[str, Any]:
    thread = assistants_of(app).threads.get(thread_id)
    if thread is None:
        raise not_found("thread", thread_id, "thread_id")
    return thread


def retrieve_thread(app: "Context", request: LocalRequest, thread_id: str) -> LocalResponse:
    return LocalResponse.json(200, _thread(app, thread_id))


def update_thread(app: "Context", request: LocalRequest, thread_id: str) -> LocalResponse:
    thread = _thread(app, thread_id)
    payload = request.json()
    thread.update({name: payload[name] for name in ("metadata", "tool_resources") if name in payload})
    return LocalResponse.json(200, thread)


def delete_thread(app: "Context", request: LocalRequest, thread_id: str) -> LocalResponse:
    _thread(app, thread_id)
    store = assistants_of(app)
    del store.threads[thread_id]
    store.messages.pop(thread_id, None)
    store.runs.pop(thread_id, None)
    return _deleted("thread", thread_id)


def create_message(app: "Context", request: LocalRequest, thread_id: str) -> LocalResponse:
    _thread(app, thread_id)
    return LocalResponse.json(200, new_message(app, thread_id, request.json()))


def _message(app: "Context", thread_id: str, message_id: str) -> Dict[str, Any]:
    _thread(app, thread_id)
    message = assistants_of(app).messages.get(thread_id, {}).get(message_id)
    if message is None:
        raise not_found("message", message_id, "message_id")
    return message


def retrieve_message(app: "Context", request: LocalRequest, thread_id: str, message_id: str) -> LocalResponse:
    return LocalResponse.json(200, _message(app, thread_id, message_id))


def update_message(app: "Context", request: LocalRequest, thread_id: str, message_id: str) -> LocalResponse:
    message = _message(app, thread_id, message_id)
    message["metadata"] = request.json().get("metadata") or {}
    return LocalResponse.json(200, message)


def delete_message(app: "Context", request: LocalRequest, thread_id: str, message_id: str) -> LocalResponse:
    _message(app, thread_id, message_id)
    del assistants_of(app).messages[thread_id][message_id]
    return _deleted("thread.message", message_id)


def list_messages(app: "Context", request: LocalRequest, thread_id: str) -> LocalResponse:
    _thread(app, thread_id)
    messages = list(assistants_of(app).messages.get(thread_id, {}).values())
    run_id = request.query_value("run_id")
    if run_id:
        messages = [message for message in messages if message["run_id"] == run_id]
    return _page(app, messages, request)


# -- runs ----------------------------------------------------------------------------------------


def _events(created: Event, events: List[Event]) -> Iterator[bytes]:
    for name, data in [created, *events]:
        yield sse_event(data, name)
    yield b"event: done\ndata: [DONE]\n\n"


def _start_run(app: "Context", thread_id: str, payload: Dict[str, Any], thread_event: List[Event]) -> LocalResponse:
    assistant = _assistant(app, required_str(payload, "assistant_id"))
    with app.store.lock:
        run = new_run(app, thread_id, assistant, payload)
        created: Event = ("thread.run.created", dict(run))
        if optional_bool(payload, "stream"):
            events = [created, *execute(app, run)]
            first, *rest = thread_event + events
            return LocalResponse.stream(_events(first, rest))
        app.store.lifecycles[run["id"]] = Lifecycle(STAGES, app.clock.now(), app.lifecycle_step)
    return LocalResponse.json(200, run)


def create_run(app: "Context", request: LocalRequest, thread_id: str) -> LocalResponse:
    _thread(app, thread_id)
    return _start_run(app, thread_id, request.json(), [])


def create_thread_and_run(app: "Context", request: LocalRequest) -> LocalResponse:
    payload = request.json()
    _assistant(app, required_str(payload, "assistant_id"))
    thread = _new_thread(app, as_object(payload.get("thread") or {}, "thread"))
    return _start_run(app, thread["id"], payload, [("thread.created", dict(thread))])


def _run(app: "Context", thread_id: str, run_id: str, *, poll: bool = False) -> Dict[str, Any]:
    _thread(app, thread_id)
    run = assistants_of(app).runs.get(thread_id, {}).get(run_id)
    if run is None:
        raise not_found("run", run_id, "run_id")
    with app.store.lock:
        lifecycle = app.store.lifecycles.get(run_id)
        if lifecycle is not None and run["status"] in ("queued", "in_progress"):
            if poll:
                lifecycle.poll()
            stage = STAGES[lifecycle.stage(app.clock.now())]
            if stage == "in_progress" and run["status"] == "queued":
                run.update(status="in_progress", started_at=app.clock.seconds())
            elif stage == "done":
                del app.store.lifecycles[run_id]
                execute(app, run)
    return run


def retrieve_run(app: "Context", request: LocalRequest, thread_id: str, run_id: str) -> LocalResponse:
    return LocalResponse.json(200, _run(app, thread_id, run_id, poll=True))


def update_run(app: "Context", request: LocalRequest, thread_id: str, run_id: str) -> LocalResponse:
    run = _run(app, thread_id, run_id)
    run["metadata"] = request.json().get("metadata") or {}
    return LocalResponse.json(200, run)


def list_runs(app: "Context", request: LocalRequest, thread_id: str) -> LocalResponse:
    _thread(app, thread_id)
    runs = [_run(app, thread_id, run_id) for run_id in list(assistants_of(app).runs.get(thread_id, {}))]
    return _page(app, runs, request)


def cancel_run(app: "Context", request: LocalRequest, thread_id: str, run_id: str) -> LocalResponse:
    run = _run(app, thread_id, run_id)
    if run["status"] not in ("queued", "in_progress", "requires_action"):
        raise APIFailure(400, f"Cannot cancel run with status '{run['status']}'.", param="run_id")
    with app.store.lock:
        app.store.lifecycles.pop(run_id, None)
        run.update(status="cancelled", cancelled_at=app.clock.seconds(), required_action=None)
    return LocalResponse.json(200, run)


def submit_tool_outputs(app: "Context", request: LocalRequest, thread_id: str, run_id: str) -> LocalResponse:
    run = _run(app, thread_id, run_id)
    payload = request.json()
    outputs = as_list(payload.get("tool_outputs"), "tool_outputs") if "tool_outputs" in payload else []
    with app.store.lock:
        events = finish_with_outputs(app, run, outputs)
    if optional_bool(payload, "stream"):
        first, *rest = events
        return LocalResponse.stream(_events(first, rest))
    return LocalResponse.json(200, run)


def list_run_steps(app: "Context", request: LocalRequest, thread_id: str, run_id: str) -> LocalResponse:
    _run(app, thread_id, run_id)
    return _page(app, list(assistants_of(app).steps.get(run_id, {}).values()), request)


def retrieve_run_step(
    app: "Context", request: LocalRequest, thread_id: str, run_id: str, step_id: str
) -> LocalResponse:
    _run(app, thread_id, run_id)
    step = assistants_of(app).steps.get(run_id, {}).get(step_id)
    if step is None:
        raise not_found("run step", step_id, "step_id")
    return LocalResponse.json(200, step)


ROUTES: "list[Route]" = [
    ("POST", "/assistants", create_assistant),
    ("GET", "/assistants", list_assistants),
    ("GET", "/assistants/{assistant_id}", retrieve_assistant),
    ("POST", "/assistants/{assistant_id}", update_assistant),
    ("DELETE", "/assistants/{assistant_id}", delete_assistant),
    ("POST", "/threads/runs", create_thread_and_run),
    ("POST", "/threads", create_thread),
    ("GET", "/threads/{thread_id}", retrieve_thread),
    ("POST", "/threads/{thread_id}", update_thread),
    ("DELETE", "/threads/{thread_id}", delete_thread),
    ("POST", "/threads/{thread_id}/messages", create_message),
    ("GET", "/threads/{thread_id}/messages", list_messages),
    ("GET", "/threads/{thread_id}/messages/{message_id}", retrieve_message),
    ("POST", "/threads/{thread_id}/messages/{message_id}", update_message),
    ("DELETE", "/threads/{thread_id}/messages/{message_id}", delete_message),
    ("POST", "/threads/{thread_id}/runs", create_run),
    ("GET", "/threads/{thread_id}/runs", list_runs),
    ("GET", "/threads/{thread_id}/runs/{run_id}", retrieve_run),
    ("POST", "/threads/{thread_id}/runs/{run_id}", update_run),
    ("POST", "/threads/{thread_id}/runs/{run_id}/cancel", cancel_run),
    ("POST", "/threads/{thread_id}/runs/{run_id}/submit_tool_outputs", submit_tool_outputs),
    ("GET", "/threads/{thread_id}/runs/{run_id}/steps", list_run_steps),
    ("GET", "/threads/{thread_id}/runs/{run_id}/steps/{step_id}", retrieve_run_step),
]
