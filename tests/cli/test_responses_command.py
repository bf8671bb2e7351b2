"""``openwire responses`` against servers that stream, ignore ``stream``, reject it, or fail."""

from __future__ import annotations

import json
from typing import Any, Callable, Dict, List

import httpx
import pytest

from openwire import OpenAI
from openwire.cli import main
from openwire.cli.commands import responses as command

RESPONSE = {
    "id": "resp_1",
    "object": "response",
    "created_at": 1,
    "status": "completed",
    "model": "m",
    "output": [
        {
            "type": "message",
            "id": "msg_1",
            "role": "assistant",
            "status": "completed",
            "content": [{"type": "output_text", "text": "Bonjour.", "annotations": []}],
        }
    ],
}


def sse(*events: Dict[str, Any]) -> bytes:
    return b"".join(b"event: " + e["type"].encode() + b"\ndata: " + json.dumps(e).encode() + b"\n\n" for e in events)


def serve(monkeypatch: pytest.MonkeyPatch, answer: Callable[[Dict[str, Any]], httpx.Response]) -> List[Dict[str, Any]]:
    """Route the command's client to ``answer``; returns the request bodies it received."""
    bodies: List[Dict[str, Any]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(json.loads(request.content))
        return answer(bodies[-1])

    client = OpenAI(
        api_key="k", base_url="http://test/v1", http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )
    monkeypatch.setattr(command, "make_client", lambda args: client)
    return bodies


def test_streamed_deltas_are_printed_as_they_come(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    events = sse(
        {
            "type": "response.output_text.delta",
            "delta": "Bon",
            "item_id": "m",
            "output_index": 0,
            "content_index": 0,
            "sequence_number": 1,
            "logprobs": [],
        },
        {
            "type": "response.output_text.delta",
            "delta": "jour.",
            "item_id": "m",
            "output_index": 0,
            "content_index": 0,
            "sequence_number": 2,
            "logprobs": [],
        },
        {"type": "response.completed", "response": RESPONSE, "sequence_number": 3},
    )
    bodies = serve(
        monkeypatch, lambda body: httpx.Response(200, content=events, headers={"content-type": "text/event-stream"})
    )
    assert main(["--local", "responses", "-i", "Be brief.", "Say hello in French"]) == 0
    assert capsys.readouterr().out == "Bonjour.\n"
    assert bodies == [
        {"model": "gpt-4o-mini", "input": "Say hello in French", "instructions": "Be brief.", "stream": True}
    ]


def test_a_server_that_ignores_stream_still_answers(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    serve(monkeypatch, lambda body: httpx.Response(200, json=RESPONSE))
    assert main(["--local", "responses", "hi"]) == 0
    assert capsys.readouterr().out == "Bonjour.\n"


def test_a_server_that_rejects_stream_is_asked_again(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def answer(body: Dict[str, Any]) -> httpx.Response:
        if body.get("stream"):
            error = {"message": "Streaming is not supported.", "type": "invalid_request_error", "param": "stream"}
            return httpx.Response(400, json={"error": error})
        return httpx.Response(200, json=RESPONSE)

    bodies = serve(monkeypatch, answer)
    assert main(["--local", "responses", "hi"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "Bonjour.\n"
    assert "does not stream responses" in captured.err
    assert [body.get("stream") for body in bodies] == [True, None]


def test_a_failed_response_exits_with_1(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    failed = {**RESPONSE, "status": "failed", "output": [], "error": {"code": "server_error", "message": "It broke."}}
    events = sse({"type": "response.failed", "response": failed, "sequence_number": 1})
    serve(monkeypatch, lambda body: httpx.Response(200, content=events, headers={"content-type": "text/event-stream"}))
    assert main(["--local", "responses", "hi"]) == 1
    assert capsys.readouterr().err == "error: the response failed: It broke.\n"
