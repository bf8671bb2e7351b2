"""``POST /chat/completions``: scripted replies, tool calls, structured output, SSE streaming."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Iterator, List, Optional, Tuple

from .._emulated_requests import check_round_trip, instructed_schema, response_format_of
from .._emulations import asked_for_usage, emulate_chat, reasons, streams_usage
from .._model_math import count_tokens
from .._params import as_list, as_object, invalid, missing, optional_bool, optional_int, required_str
from .._rules import ANY_TOOL, Answer, decide, pieces
from .._wire import SSE_DONE, LocalRequest, LocalResponse, sse_event

if TYPE_CHECKING:
    from .._context import Context
    from .._router import Route

__all__ = ["ROUTES", "text_of"]

_ROLES = ("system", "developer", "user", "assistant", "tool", "function")
FINGERPRINT = "fp_openwire_local"


def text_of(content: object) -> str:
    """The text of a message's ``content``: a string, or the ``text`` of its parts."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(str(part.get("text", "")) for part in content if isinstance(part, dict) and "text" in part)
    return ""


def _messages(payload: Dict[str, Any]) -> List[Dict[str, Any]]:
    if "messages" not in payload:
        raise missing("messages")
    messages = as_list(payload["messages"], "messages")
    if not messages:
        raise invalid(
            "messages", "Invalid 'messages': empty array. Expected an array with minimum length 1.", "empty_array"
        )
    for index, message in enumerate(messages):
        as_object(message, f"messages[{index}]")
        if "role" not in message:
            raise missing(f"messages[{index}].role")
        if message["role"] not in _ROLES:
            raise invalid(
                f"messages[{index}].role",
                f"Invalid value: '{message['role']}'. Supported values are: {', '.join(map(repr, _ROLES))}.",
            )
    return messages


def _tools(payload: Dict[str, Any]) -> Tuple[Dict[str, Optional[Dict[str, Any]]], Optional[str]]:
    """Function names -> parameter schemas, and the tool ``tool_choice`` forces (if any)."""
    tools: Dict[str, Optional[Dict[str, Any]]] = {}
    for index, tool in enumerate(as_list(payload.get("tools") or [], "tools")):
        function = as_object(tool, f"tools[{index}]").get("function")
        if tool.get("type") == "function":
            if not isinstance(function, dict) or not isinstance(function.get("name"), str):
                raise missing(f"tools[{index}].function.name")
            tools[function["name"]] = function.get("parameters")
    choice = payload.get("tool_choice")
    if choice == "none":
        return {}, None
    if choice == "required":
        return tools, ANY_TOOL
    if isinstance(choice, dict) and isinstance(choice.get("function"), dict):
        name = choice["function"].get("name")
        if name not in tools:
            raise invalid("tool_choice", f"Invalid 'tool_choice': no function named '{name}' in 'tools'.")
        return tools, name
    return tools, None


def _answer(app: "Context", payload: Dict[str, Any], messages: List[Dict[str, Any]]) -> Answer:
    last_user = next((m for m in reversed(messages) if m.get("role") == "user"), None)
    prompt = text_of(last_user.get("content")) if last_user else ""
    response_format = response_format_of(app.provider, payload) or {}
    schema = None
    if response_format.get("type") == "json_schema":
        spec = response_format.get("json_schema")
        if not isinstance(spec, dict) or not spec.get("name"):
            raise missing("response_format.json_schema.name")
        schema = spec.get("schema") or {"type": "object", "properties": {}}
    json_mode = response_format.get("type") == "json_object"
    asked = payload.get("response_format")
    if schema is None and isinstance(asked, dict) and asked.get("type") in ("json_schema", "json_object"):
        # A model asked for JSON follows the schema its instructions give (ignored format or not).
        schema = instructed_schema(messages)
    tools, forced = _tools(payload)
    return decide(app.replies, prompt, schema=schema, json_mode=json_mode, tools=tools, forced_tool=forced)


def create_chat_completion(app: "Context", request: LocalRequest) -> LocalResponse:
    payload = request.json()
    model = required_str(payload, "model")
    messages = _messages(payload)
    check_round_trip(app.provider, payload, reasons(app.provider, payload))
    n = optional_int(payload, "n", 1, minimum=1) or 1
    limit = optional_int(payload, "max_completion_tokens", None, minimum=1)
    limit = optional_int(payload, "max_tokens", limit, minimum=1)
    answer = _answer(app, payload, messages)
    finish = "stop"
    if answer.tool_name is not None:
        finish = "tool_calls"
    elif answer.text is not None and limit is not None and len(pieces(answer.text)) > limit:
        answer.text = "".join(pieces(answer.text)[:limit])
        finish = "length"
    call_ids = [app.ids.new("call", "_") for _ in range(n)] if answer.tool_name else []
    prompt_tokens = sum(count_tokens(text_of(m.get("content"))) for m in messages)
    completion_tokens = count_tokens(answer.text or answer.refusal or answer.tool_arguments)
    usage = _usage(prompt_tokens, completion_tokens * n)
    base = {
        "id": app.ids.new("chatcmpl"),
        "created": app.clock.seconds(),
        "model": model,
        "service_tier": "default",
        "system_fingerprint": FINGERPRINT,
    }
    if optional_bool(payload, "stream"):
        # Some providers report a stream's usage whether asked or not.
        include_usage = asked_for_usage(payload) or streams_usage(app.provider)
        chunks = _stream(base, answer, finish, call_ids, n, usage if include_usage else None)
        response = LocalResponse.stream(chunks)
    else:
        choices = [
            {
                "index": i,
                "message": _message(answer, call_ids[i] if call_ids else None),
                "logprobs": None,
                "finish_reason": finish,
            }
            for i in range(n)
        ]
        response = LocalResponse.json(200, {**base, "object": "chat.completion", "choices": choices, "usage": usage})
    response.delay = answer.delay
    return emulate_chat(app.provider, payload, response)


def _usage(prompt_tokens: int, completion_tokens: int) -> Dict[str, Any]:
    return {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
        "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
        "completion_tokens_details": {
            "reasoning_tokens": 0,
            "audio_tokens": 0,
            "accepted_prediction_tokens": 0,
            "rejected_prediction_tokens": 0,
        },
    }


def _message(answer: Answer, call_id: Optional[str]) -> Dict[str, Any]:
    message: Dict[str, Any] = {
        "role": "assistant",
        "content": answer.text,
        "refusal": answer.refusal,
        "annotations": [],
    }
    if answer.tool_name is not None:
        function = {"name": answer.tool_name, "arguments": answer.tool_arguments}
        message["tool_calls"] = [{"id": call_id, "type": "function", "function": function}]
    return message


def _stream(
    base: Dict[str, Any], answer: Answer, finish: str, call_ids: List[str], n: int, usage: Optional[Dict[str, Any]]
) -> Iterator[bytes]:
    extra = {"usage": None} if usage is not None else {}

    def chunk(index: int, delta: Dict[str, Any], finish_reason: Optional[str] = None) -> bytes:
        choice = {"index": index, "delta": delta, "logprobs": None, "finish_reason": finish_reason}
        return sse_event({**base, "object": "chat.completion.chunk", "choices": [choice], **extra})

    for index in range(n):
        if answer.tool_name is not None:
            function = {"name": answer.tool_name, "arguments": ""}
            call = {"index": 0, "id": call_ids[index], "type": "function", "function": function}
            yield chunk(index, {"role": "assistant", "content": None, "refusal": None, "tool_calls": [call]})
            for piece in pieces(answer.tool_arguments, size=8):
                yield chunk(index, {"tool_calls": [{"index": 0, "function": {"arguments": piece}}]})
        elif answer.refusal is not None:
            yield chunk(index, {"role": "assistant", "content": None, "refusal": ""})
            for piece in pieces(answer.refusal):
                yield chunk(index, {"refusal": piece})
        else:
            yield chunk(index, {"role": "assistant", "content": "", "refusal": None})
            for piece in pieces(answer.text or ""):
                yield chunk(index, {"content": piece})
        yield chunk(index, {}, finish)
    if usage is not None:
        yield sse_event({**base, "object": "chat.completion.chunk", "choices": [], "usage": usage})
    yield SSE_DONE


ROUTES: "list[Route]" = [("POST", "/chat/completions", create_chat_completion)]
