"""The fault powers issue 14's failover faults need: error codes, mid-stream stalls, malformed
events, streams without their end, and routes that refuse an assistant prefill.

Each is checked over a real socket (events read as they arrive) and, where it differs,
in-process; the control path and the command-line spec take the same keys.
"""

from __future__ import annotations

import json
import socket
import time
from typing import Any, Dict, Iterator, List, Tuple

import httpx
import pytest

from openwire.local import LocalAPI, LocalServer, local_http_client
from openwire.local._control import add_fault, parse_spec

WORDS = " ".join(f"w{i}" for i in range(6))
USER = [{"role": "user", "content": "hi"}]
PREFILL = [*USER, {"role": "assistant", "content": "w0 w1"}]


@pytest.fixture
def app() -> LocalAPI:
    local = LocalAPI(provider="deepseek")
    local.replies.add(text=WORDS, times=None)
    return local


@pytest.fixture
def server(app: LocalAPI) -> Iterator[LocalServer]:
    with LocalServer(app=app) as running:
        yield running


def chat(stream: bool = True, messages: Any = USER) -> Dict[str, Any]:
    return {"model": "deepseek-chat", "messages": messages, "stream": stream}


def events(http: httpx.Client, url: str, body: Dict[str, Any]) -> Tuple[int, List[Tuple[float, str]]]:
    """The status and each SSE event's data with the seconds since the request, as they came."""
    started, found, buffer = time.monotonic(), [], ""
    with http.stream("POST", url, json=body) as response:
        for text in response.iter_text():
            buffer += text
            while "\n\n" in buffer:
                event, buffer = buffer.split("\n\n", 1)
                data = "".join(line[5:].strip() for line in event.splitlines() if line.startswith("data:"))
                found.append((time.monotonic() - started, data))
    return response.status_code, found


def content(data: List[Tuple[float, str]]) -> str:
    text = ""
    for _, item in data:
        if item.startswith("{") and item != "[DONE]":
            try:
                choices = json.loads(item).get("choices") or []
            except ValueError:
                continue
            text += "".join(c["delta"].get("content") or "" for c in choices)
    return text


@pytest.mark.parametrize("code", ["context_length_exceeded", "content_filter"])
def test_status_fault_takes_code_and_type(app: LocalAPI, server: LocalServer, code: str) -> None:
    app.faults.add(path="/chat/completions", status=400, code=code, type="invalid_request_error", message="no")
    answer = httpx.post(f"{server.url}/chat/completions", json=chat(False))
    assert answer.status_code == 400
    assert answer.json()["error"] == {"message": "no", "type": "invalid_request_error", "param": None, "code": code}
    assert httpx.post(f"{server.url}/chat/completions", json=chat(False)).status_code == 200


def test_client_error_defaults_to_an_invalid_request_type(app: LocalAPI, server: LocalServer) -> None:
    app.faults.add(path="/chat/completions", status=422)
    error = httpx.post(f"{server.url}/chat/completions", json=chat(False)).json()["error"]
    assert error["type"] == "invalid_request_error" and error["code"] == "injected_fault"


def test_stall_after_holds_the_connection_open_mid_stream(app: LocalAPI, server: LocalServer) -> None:
    app.faults.add(path="/chat/completions", stall_after=3, stall=0.6)
    with httpx.Client(timeout=5) as http:
        status, data = events(http, f"{server.url}/chat/completions", chat())
    assert status == 200 and content(data) == WORDS and data[-1][1] == "[DONE]"
    assert data[2][0] < 0.4 and data[3][0] >= 0.6  # headers and 3 events at once, then the stall


def test_stall_after_zero_sends_headers_then_nothing(app: LocalAPI, server: LocalServer) -> None:
    app.faults.add(path="/chat/completions", stall_after=0, hang=True)
    with httpx.Client(timeout=httpx.Timeout(5.0, read=0.3)) as http:
        started = time.monotonic()
        with http.stream("POST", f"{server.url}/chat/completions", json=chat()) as response:
            assert response.status_code == 200 and time.monotonic() - started < 0.25
            with pytest.raises(httpx.ReadTimeout):
                response.read()


def test_malformed_after_sends_one_event_that_is_not_json(app: LocalAPI, server: LocalServer) -> None:
    app.faults.add(path="/chat/completions", malformed_after=2)
    with httpx.Client(timeout=5) as http:
        status, data = events(http, f"{server.url}/chat/completions", chat())
    assert status == 200 and data[-1][1] == "[DONE]"
    with pytest.raises(ValueError):
        json.loads(data[2][1])
    for _, item in data[:2] + data[3:-1]:
        json.loads(item)


def test_no_done_ends_without_done_or_finish_reason(app: LocalAPI, server: LocalServer) -> None:
    app.faults.add(path="/chat/completions", no_done=True)
    with httpx.Client(timeout=5) as http:
        status, data = events(http, f"{server.url}/chat/completions", chat())  # a properly framed end
    assert status == 200 and content(data) == WORDS
    assert "[DONE]" not in [item for _, item in data]
    assert all(c["finish_reason"] is None for _, item in data for c in json.loads(item)["choices"])


def test_no_done_drops_the_responses_terminal_event(app: LocalAPI, server: LocalServer) -> None:
    app.faults.add(path="/responses", no_done=True)
    with httpx.Client(timeout=5) as http:
        status, data = events(http, f"{server.url}/responses", {"model": "m", "input": "hi", "stream": True})
    types = [json.loads(item)["type"] for _, item in data]
    assert status == 200 and "response.output_text.delta" in types
    assert not {"response.completed", "response.incomplete", "response.failed"} & set(types)


def test_no_done_leaves_a_plain_answer_alone(app: LocalAPI, server: LocalServer) -> None:
    app.faults.add(path="/chat/completions", no_done=True, malformed_after=0)
    answer = httpx.post(f"{server.url}/chat/completions", json=chat(False))
    assert answer.json()["choices"][0]["message"]["content"] == WORDS


def test_reject_prefill_refuses_only_an_assistant_last_message(app: LocalAPI, server: LocalServer) -> None:
    fault = app.faults.add(path="/chat/completions", reject_prefill=True, times=None)
    assert httpx.post(f"{server.url}/chat/completions", json=chat(False)).status_code == 200
    refused = httpx.post(f"{server.url}/chat/completions", json=chat(False, PREFILL))
    assert refused.status_code == 400 and "prefill" in refused.json()["error"]["message"]
    assert refused.json()["error"]["type"] == "invalid_request_error"
    assert fault.hits == 1
    app.faults.clear()
    app.faults.add(path="/chat/completions", reject_prefill=True, status=422, code="prefill_unsupported")
    refused = httpx.post(f"{server.url}/chat/completions", json=chat(True, PREFILL))
    assert refused.status_code == 422 and refused.json()["error"]["code"] == "prefill_unsupported"


def test_in_process_mid_stream_faults(app: LocalAPI) -> None:
    app.faults.add(path="/chat/completions", stall_after=2, stall=0.3)
    app.faults.add(path="/chat/completions", stall_after=2, hang=True)
    app.faults.add(path="/chat/completions", no_done=True)
    with local_http_client(app) as http:
        started = time.monotonic()
        status, data = events(http, "http://x/v1/chat/completions", chat())
        assert status == 200 and content(data) == WORDS and time.monotonic() - started >= 0.3
        received: List[Tuple[float, str]] = []
        with pytest.raises(httpx.ReadTimeout):
            with http.stream("POST", "http://x/v1/chat/completions", json=chat(), timeout=0.2) as response:
                for line in response.iter_lines():
                    received.append((0.0, line))
        assert len([line for _, line in received if line.startswith("data:")]) == 2
        status, data = events(http, "http://x/v1/chat/completions", chat())
        assert status == 200 and content(data) == WORDS and data[-1][1] != "[DONE]"


def test_control_path_and_cli_spec_take_the_new_keys(app: LocalAPI, server: LocalServer) -> None:
    options = {"path": "/chat/completions", "status": 400, "code": "content_filter", "type": "invalid_request_error"}
    added = httpx.post(f"{server.url[: -len('/v1')]}/_local/faults", json=options)
    assert added.status_code == 201 and added.json()["code"] == "content_filter"
    spec = "path=/chat/completions,stall_after=1,stall=0.1,malformed_after=2,no_done=true,reject_prefill=false"
    fault = add_fault(app, parse_spec(spec))
    assert (fault.stall_after, fault.stall, fault.malformed_after, fault.no_done) == (1, 0.1, 2, True)
    assert httpx.post(f"{server.url}/chat/completions", json=chat(False)).json()["error"]["code"] == "content_filter"


def test_disconnect_with_reset_after_aborts_before_the_headers(app: LocalAPI, server: LocalServer) -> None:
    app.faults.add(path="/chat/completions", disconnect=True, reset_after=0)
    host, port = server.url.split("//")[1].split("/")[0].split(":")
    with socket.create_connection((host, int(port)), timeout=5) as sock:
        body = json.dumps(chat(False)).encode()
        head = b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Length: %d\r\n\r\n" % len(body)
        sock.sendall(head + body)
        with pytest.raises(ConnectionResetError):
            while sock.recv(65536):
                pass
    app.faults.add(path="/chat/completions", disconnect=True, reset_after=0)
    with local_http_client(app) as http:
        with pytest.raises(httpx.ReadError):
            http.post("http://x/v1/chat/completions", json=chat(False))
        assert http.post("http://x/v1/chat/completions", json=chat(False)).status_code == 200
