"""The Responses API: create (plain, streamed or in the background), retrieve, delete, cancel, input items."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Tuple

from .._model_math import count_tokens
from .._pages import cursor_page, ordered
from .._params import as_list, as_object, invalid, missing, optional_bool, optional_int, optional_str, required_str
from .._response_events import response_events
from .._rules import ANY_TOOL, Answer, decide, pieces
from .._state import Lifecycle
from .._wire import APIFailure, LocalRequest, LocalResponse
from .chat import text_of

if TYPE_CHECKING:
    from .._context import Context
    from .._router import Route

__all__ = ["ROUTES"]

_BACKGROUND_STAGES = ("queued", "in_progress", "completed")
_TERMINAL = ("completed", "failed", "cancelled", "incomplete")


def _input_items(app: "Context", raw: object) -> List[Dict[str, Any]]:
    """``input`` as stored items, each with an id, in the shapes ``input_items`` lists."""
    if isinstance(raw, str):
        raw = [{"role": "user", "content": raw}]
    items = []
    for index, entry in enumerate(as_list(raw, "input")):
        item = dict(as_object(entry, f"input[{index}]"))
        kind = item.get("type", "message")
        if kind == "message":
            role = item.get("role")
            if role not in ("user", "system", "developer", "assistant"):
                raise invalid(
                    f"input[{index}].role",
                    f"Invalid value: {role!r}. Supported values are: 'user', 'system', 'developer' and 'assistant'.",
                )
            content = item.get("content")
            if content is None:
                raise missing(f"input[{index}].content")
            part_type = "output_text" if role == "assistant" else "input_text"
            parts: List[Dict[str, Any]] = (
                [{"type": part_type, "text": content}] if isinstance(content, str) else [dict(p) for p in content]
            )
            if role == "assistant":
                for part in parts:
                    part.setdefault("annotations", [])
            item = {"type": "message", "role": role, "content": parts, "status": "completed"}
        item.setdefault("id", app.ids.new("msg" if kind == "message" else "item", "_"))
        if kind in ("function_call", "function_call_output"):
            item.setdefault("status", "completed")
        items.append(item)
    return items


def _prompt(items: List[Dict[str, Any]]) -> str:
    for item in reversed(items):
        if item.get("type") == "message" and item.get("role") == "user":
            return text_of(item["content"])
    return ""


def _tools(payload: Dict[str, Any]) -> Tuple[List[Dict[str, Any]], Dict[str, Any], Optional[str]]:
    """The tools as the response echoes them, function schemas by name, and the forced tool."""
    echoed: List[Dict[str, Any]] = []
    functions: Dict[str, Any] = {}
    for index, tool in enumerate(as_list(payload.get("tools") or [], "tools")):
        as_object(tool, f"tools[{index}]")
        if tool.get("type") == "function":
            if not isinstance(tool.get("name"), str):
                raise missing(f"tools[{index}].name")
            functions[tool["name"]] = tool.get("parameters")
            tool = {"description": None, "parameters": None, "strict": True, **tool}
        echoed.append(tool)
    choice = payload.get("tool_choice", "auto")
    if choice == "none":
        return echoed, {}, None
    if choice == "required":
        return echoed, functions, ANY_TOOL
    if isinstance(choice, dict) and choice.get("type") == "function":
        if choice.get("name") not in functions:
            raise invalid("tool_choice", f"Invalid 'tool_choice': no function named {choice.get('name')!r} in 'tools'.")
        return echoed, functions, choice["name"]
    return echoed, functions, None


def _text_format(payload: Dict[str, Any]) -> Tuple[Dict[str, Any], Optional[Dict[str, Any]], bool]:
    text = as_object(payload.get("text") or {}, "text")
    fmt = as_object(text.get("format") or {"type": "text"}, "text.format")
    if fmt.get("type") == "json_schema":
        if not fmt.get("name"):
            raise missing("text.format.name")
        if "schema" not in fmt:
            raise missing("text.format.schema")
        fmt = {"description": None, "strict": None, **fmt}
    return (
        {**text, "format": fmt, "verbosity": text.get("verbosity", "medium")},
        fmt.get("schema"),
        fmt.get("type") == "json_object",
    )


def _output(app: "Context", answer: Answer, limit: Optional[int]) -> Tuple[List[Dict[str, Any]], bool]:
    """The output items for an answer, and whether ``max_output_tokens`` cut it short."""
    if answer.tool_name is not None:
        call = {
            "id": app.ids.new("fc", "_"),
            "type": "function_call",
            "status": "completed",
            "call_id": app.ids.new("call", "_"),
            "name": answer.tool_name,
            "arguments": answer.tool_arguments,
        }
        return [call], False
    truncated = False
    if answer.refusal is not None:
        part: Dict[str, Any] = {"type": "refusal", "refusal": answer.refusal}
    else:
        text = answer.text or ""
        if limit is not None and len(pieces(text)) > limit:
            text, truncated = "".join(pieces(text)[:limit]), True
        part = {"type": "output_text", "text": text, "annotations": [], "logprobs": []}
    status = "incomplete" if truncated else "completed"
    message = {
        "id": app.ids.new("msg", "_"),
        "type": "message",
        "status": status,
        "role": "assistant",
        "content": [part],
    }
    return [message], truncated


def create_response(app: "Context", request: LocalRequest) -> LocalResponse:
    payload = request.json()
    model = required_str(payload, "model")
    if "input" not in payload and "previous_response_id" not in payload and "prompt" not in payload:
        raise missing("input")
    items = _input_items(app, payload.get("input", []))
    previous = optional_str(payload, "previous_response_id")
    if previous is not None and previous not in app.store.responses:
        raise APIFailure(
            400,
            f"Previous response with id '{previous}' not found.",
            param="previous_response_id",
            code="previous_response_not_found",
        )
    tools, functions, forced = _tools(payload)
    text, schema, json_mode = _text_format(payload)
    limit = optional_int(payload, "max_output_tokens", None, minimum=1)
    background = optional_bool(payload, "background")
    stream = optional_bool(payload, "stream")
    answer = decide(
        app.replies, _prompt(items), schema=schema, json_mode=json_mode, tools=functions, forced_tool=forced
    )
    output, truncated = _output(app, answer, limit)
    now = app.clock.now()
    response: Dict[str, Any] = {
        "id": app.ids.new("resp", "_"),
        "object": "response",
        "created_at": int(now),
        "status": "incomplete" if truncated else "completed",
        "background": background,
        "completed_at": None if truncated else int(now),
        "error": None,
        "incomplete_details": {"reason": "max_output_tokens"} if truncated else None,
        "instructions": payload.get("instructions"),
        "max_output_tokens": limit,
        "max_tool_calls": payload.get("max_tool_calls"),
        "model": model,
        "output": output,
        "parallel_tool_calls": optional_bool(payload, "parallel_tool_calls", True),
        "previous_response_id": previous,
        "reasoning": {"effort": None, "summary": None, **(payload.get("reasoning") or {})},
        "service_tier": "default",
        "temperature": payload.get("temperature", 1.0),
        "text": text,
        "tool_choice": payload.get("tool_choice", "auto"),
        "tools": tools,
        "top_p": payload.get("top_p", 1.0),
        "truncation": payload.get("truncation", "disabled"),
        "usage": _usage(items, output),
        "user": payload.get("user"),
        "metadata": payload.get("metadata") or {},
    }
    if optional_bool(payload, "store", True):
        with app.store.lock:
            app.store.responses[response["id"]] = response
            app.store.response_inputs[response["id"]] = items
    if stream:
        result = LocalResponse.stream(response_events(copy.deepcopy(response)))
    elif background:
        app.store.lifecycles[response["id"]] = Lifecycle(_BACKGROUND_STAGES, now, app.lifecycle_step)
        result = LocalResponse.json(200, _current(app, response["id"], poll=False))
    else:
        result = LocalResponse.json(200, response)
    result.delay = answer.delay
    return result


def _usage(items: List[Dict[str, Any]], output: List[Dict[str, Any]]) -> Dict[str, Any]:
    def tokens(item: Dict[str, Any]) -> int:
        if item.get("type") == "message":
            return sum(count_tokens(str(part.get("text") or part.get("refusal") or "")) for part in item["content"])
        return count_tokens(str(item.get("arguments") or item.get("output") or ""))

    input_tokens = sum(tokens(item) for item in items)
    output_tokens = sum(tokens(item) for item in output)
    return {
        "input_tokens": input_tokens,
        "input_tokens_details": {"cached_tokens": 0, "cache_write_tokens": 0},
        "output_tokens": output_tokens,
        "output_tokens_details": {"reasoning_tokens": 0},
        "total_tokens": input_tokens + output_tokens,
    }


def _current(app: "Context", response_id: str, *, poll: bool) -> Dict[str, Any]:
    """The response as it stands now: a background one shows its stage, output once completed."""
    response = app.store.responses.get(response_id)
    if response is None:
        raise APIFailure(
            404, f"Response with id '{response_id}' not found.", param="response_id", code="response_not_found"
        )
    public = {key: value for key, value in response.items() if not key.startswith("_")}
    lifecycle = app.store.lifecycles.get(response_id)
    if lifecycle is None or response.get("_settled"):
        return public
    if poll:
        lifecycle.poll()
    stage = lifecycle.stages[lifecycle.stage(app.clock.now())]
    if stage != "completed":
        return {**public, "status": stage, "output": [], "usage": None, "completed_at": None}
    response["_settled"] = True
    if response["completed_at"] is not None:
        response["completed_at"] = int(app.clock.now())
    app.webhooks.emit(f"response.{response['status']}", response_id)
    return {key: value for key, value in response.items() if not key.startswith("_")}


def retrieve_response(app: "Context", request: LocalRequest, response_id: str) -> LocalResponse:
    return LocalResponse.json(200, _current(app, response_id, poll=True))


def delete_response(app: "Context", request: LocalRequest, response_id: str) -> LocalResponse:
    _current(app, response_id, poll=False)
    with app.store.lock:
        del app.store.responses[response_id]
        app.store.response_inputs.pop(response_id, None)
        app.store.lifecycles.pop(response_id, None)
    return LocalResponse.json(200, {"id": response_id, "object": "response", "deleted": True})


def cancel_response(app: "Context", request: LocalRequest, response_id: str) -> LocalResponse:
    current = _current(app, response_id, poll=False)
    response = app.store.responses[response_id]
    if not response["background"]:
        raise APIFailure(
            400,
            "Only responses created with background=true can be cancelled.",
            param="response_id",
            code="not_cancellable",
        )
    if current["status"] in _TERMINAL and current["status"] != "cancelled":
        raise APIFailure(
            400,
            f"Cannot cancel a response with status '{current['status']}'.",
            param="response_id",
            code="not_cancellable",
        )
    if not response.get("_settled"):
        response.update({"status": "cancelled", "output": [], "usage": None, "completed_at": None, "_settled": True})
        app.webhooks.emit("response.cancelled", response_id)
    return LocalResponse.json(200, _current(app, response_id, poll=False))


def list_input_items(app: "Context", request: LocalRequest, response_id: str) -> LocalResponse:
    _current(app, response_id, poll=False)
    items = ordered(app.store.response_inputs.get(response_id, []), request, default="desc")
    return LocalResponse.json(200, cursor_page(items, request, with_ids=True))


ROUTES: "list[Route]" = [
    ("POST", "/responses", create_response),
    ("GET", "/responses/{response_id}", retrieve_response),
    ("DELETE", "/responses/{response_id}", delete_response),
    ("POST", "/responses/{response_id}/cancel", cancel_response),
    ("GET", "/responses/{response_id}/input_items", list_input_items),
]
