"""Scripting a running server over HTTP: ``/_local/faults``, ``/_local/replies``, ``/_local/requests``."""

from __future__ import annotations

import inspect
from typing import Iterator

import httpx
import pytest

import openwire
from openwire.local import LocalAPI, LocalServer
from openwire.local._control import FAULT_OPTIONS, REPLY_OPTIONS, parse_spec
from openwire.local._faults import Faults
from openwire.local._rules import Replies

USER = [{"role": "user", "content": "what is the weather?"}]


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer(app=LocalAPI(api_key="sk-test")) as running:
        yield running


@pytest.fixture
def control(server: LocalServer) -> Iterator[httpx.Client]:
    origin = server.url[: -len("/v1")]
    with httpx.Client(base_url=f"{origin}/_local", headers={"authorization": "Bearer sk-test"}) as http:
        yield http


@pytest.fixture
def client(server: LocalServer) -> Iterator[openwire.OpenAI]:
    with openwire.OpenAI(api_key="sk-test", base_url=server.url, max_retries=0) as api:
        yield api


def test_a_posted_fault_fires_then_is_listed_with_its_hits(control: httpx.Client, client: openwire.OpenAI) -> None:
    added = control.post("/faults", json={"path": "/chat/completions", "status": 429, "retry_after": 1})
    assert added.status_code == 201 and added.json()["index"] == 0 and added.json()["times"] == 1
    with pytest.raises(openwire.RateLimitError) as caught:
        client.chat.completions.create(model="m", messages=USER)  # type: ignore[arg-type]
    assert caught.value.response.headers["retry-after"] == "1"
    assert client.chat.completions.create(model="m", messages=USER).choices[0].message.content  # type: ignore[arg-type]
    listed = control.get("/faults").json()["data"]
    assert [(f["path"], f["status"], f["hits"]) for f in listed] == [("/chat/completions", 429, 1)]
    assert control.delete("/faults").json()["deleted"] == 1 and control.get("/faults").json()["data"] == []


def test_posted_replies_answer_chat_by_substring_and_regex(control: httpx.Client, client: openwire.OpenAI) -> None:
    assert control.post("/replies", json={"match": "weather", "text": "Sunny", "times": 1}).status_code == 201
    assert control.post("/replies", json={"regex": "^what", "text": "A question"}).status_code == 201

    def answer() -> "str | None":
        return client.chat.completions.create(model="m", messages=USER).choices[0].message.content  # type: ignore[arg-type]

    assert [answer(), answer()] == ["Sunny", "A question"]
    listed = control.get("/replies").json()["data"]
    assert [(r["match"], r["used"]) for r in listed] == [("weather", 1), ({"regex": "^what"}, 1)]
    assert control.delete("/replies").json()["deleted"] == 2
    assert answer() == "You said: what is the weather?"


def test_requests_are_listed_with_keys_masked_and_control_calls_left_out(
    control: httpx.Client, client: openwire.OpenAI
) -> None:
    client.models.list()
    client.chat.completions.create(model="m", messages=USER)  # type: ignore[arg-type]
    received = control.get("/requests").json()["data"]
    assert [(r["method"], r["path"]) for r in received] == [("GET", "/models"), ("POST", "/chat/completions")]
    assert received[1]["headers"]["authorization"] == "***" and "sk-test" not in control.get("/requests").text
    assert '"what is the weather?"' in received[1]["body"]
    assert control.delete("/requests").json()["deleted"] == 2 and control.get("/requests").json()["data"] == []


def test_bad_control_requests_say_what_is_wrong(control: httpx.Client) -> None:
    unknown = control.post("/faults", json={"path": "/models", "stauts": 500})
    assert unknown.status_code == 400 and "unknown fault option 'stauts'" in unknown.json()["error"]["message"]
    wrong_type = control.post("/faults", json={"status": [429]})
    assert wrong_type.status_code == 400 and "status must be an integer, got [429]" in wrong_type.text
    not_a_number = control.post("/faults", json={"status": "often"})
    assert not_a_number.status_code == 400 and "status='often' is not an integer" in not_a_number.text
    negative = control.post("/faults", json={"stall": -1})
    assert negative.status_code == 400 and "stall= must be a number of seconds" in negative.json()["error"]["message"]
    both = control.post("/replies", json={"text": "a", "refusal": "b"})
    assert both.status_code == 400
    assert control.put("/faults", json={}).status_code == 405
    assert control.post("/requests", json={}).status_code == 405
    assert control.post("/faults", content=b"[1]").status_code == 400


def test_control_needs_the_servers_key(server: LocalServer) -> None:
    origin = server.url[: -len("/v1")]
    assert httpx.get(f"{origin}/_local/faults").status_code == 401
    assert httpx.post(f"{origin}/_local/faults", json={"status": 500}).status_code == 401
    assert server.app.faults.clear() == 0


def test_options_cover_the_python_signatures() -> None:
    assert list(FAULT_OPTIONS) == [name for name in inspect.signature(Faults.add).parameters if name != "self"]
    assert list(REPLY_OPTIONS) == [name for name in inspect.signature(Replies.add).parameters if name != "self"]


@pytest.mark.parametrize(
    ("spec", "parsed"),
    [
        ("path=/chat/completions,status=429,times=1", {"path": "/chat/completions", "status": "429", "times": "1"}),
        ("match=hi,text=Hello, world, and more", {"match": "hi", "text": "Hello, world, and more"}),
        ('{"chunks": ["a,b", "c"], "pause": 0.1}', {"chunks": ["a,b", "c"], "pause": 0.1}),
    ],
)
def test_specs_parse(spec: str, parsed: "dict[str, object]") -> None:
    assert parse_spec(spec) == parsed


@pytest.mark.parametrize(
    ("spec", "message"), [("status", "expected key=value"), ("{1", "not valid JSON"), ("[1]", "expected key=value")]
)
def test_bad_specs_are_refused(spec: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_spec(spec)
