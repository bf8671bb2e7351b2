"""Server answers for the structured-output tests, and openwire clients that record requests."""

from __future__ import annotations

import json
from typing import Any, Dict, Iterator, List, Optional, Tuple

import httpx

import openwire


def chat_reply(
    content: Optional[str],
    *,
    finish_reason: str = "stop",
    tool_calls: Optional[List[Dict[str, Any]]] = None,
    refusal: Optional[str] = None,
) -> Dict[str, Any]:
    message: Dict[str, Any] = {"role": "assistant", "content": content}
    if refusal is not None:
        message["refusal"] = refusal
    if tool_calls is not None:
        message["tool_calls"] = tool_calls
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 1,
        "model": "gpt-4o",
        "choices": [{"index": 0, "finish_reason": finish_reason, "message": message, "logprobs": None}],
        "usage": {"prompt_tokens": 5, "completion_tokens": 7, "total_tokens": 12},
    }


def responses_reply(output: List[Dict[str, Any]]) -> Dict[str, Any]:
    return {
        "id": "resp_1",
        "object": "response",
        "created_at": 1,
        "model": "gpt-4o",
        "status": "completed",
        "output": output,
        "parallel_tool_calls": True,
        "tool_choice": "auto",
        "tools": [],
    }


def message_item(*parts: Dict[str, Any]) -> Dict[str, Any]:
    return {"type": "message", "id": "msg_1", "role": "assistant", "status": "completed", "content": list(parts)}


def output_text(text: str) -> Dict[str, Any]:
    return {"type": "output_text", "text": text, "annotations": []}


def function_call(name: str, arguments: str) -> Dict[str, Any]:
    return {"type": "function_call", "id": "fc_1", "call_id": "call_1", "name": name, "arguments": arguments}


def tool_call(name: str, arguments: str) -> Dict[str, Any]:
    return {"id": "call_1", "type": "function", "function": {"name": name, "arguments": arguments}}


def recording_clients(*replies: Dict[str, Any]) -> Tuple[List[httpx.Request], openwire.OpenAI, openwire.AsyncOpenAI]:
    """(requests received, sync client, async client), answering ``replies`` in turn (the last
    one again once they run out)."""
    requests: List[httpx.Request] = []
    answers: Iterator[Dict[str, Any]] = iter(replies)
    last: List[Dict[str, Any]] = [replies[-1]]

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        last[0] = next(answers, last[0])
        return httpx.Response(200, json=last[0], headers={"x-request-id": "req_123"})

    options: Dict[str, Any] = {"api_key": "sk-test", "base_url": "http://test/v1", "max_retries": 0}
    sync = openwire.OpenAI(http_client=httpx.Client(transport=httpx.MockTransport(handler)), **options)
    async_ = openwire.AsyncOpenAI(http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)), **options)
    return requests, sync, async_


def body(request: httpx.Request) -> Dict[str, Any]:
    decoded: Dict[str, Any] = json.loads(request.content)
    return decoded
