"""``videos`` and ``beta.threads.runs`` polling helpers, sync and async, over a real socket: the
requests sent, when polling stops, how long it waits, and the same scenario through the
reference (``openai`` 2.54.0, black box) against the same scripted server."""

from __future__ import annotations

import asyncio
import inspect
import json
import threading
import time
import warnings
from typing import Any, Callable, Dict, List, Optional, Tuple

import anyio
import openai
import pytest
from scripted_server import Recorded, Reply, ScriptedServer, json_reply

import openwire
from openwire import _io

HEADERS = (
    "authorization",
    "accept",
    "content-type",
    "openai-beta",
    "x-stainless-poll-helper",
    "x-stainless-custom-poll-interval",
    "x-extra",
)

Factory = Callable[[Recorded], Reply]


def _hint(milliseconds: Optional[int]) -> Dict[str, str]:
    return {} if milliseconds is None else {"openai-poll-after-ms": str(milliseconds)}


def video(status: str, hint: Optional[int] = None) -> Factory:
    body = {
        "id": "video_1",
        "object": "video",
        "model": "sora-2",
        "status": status,
        "progress": 100 if status == "completed" else 10,
        "created_at": 1,
        "size": "720x1280",
        "seconds": "4",
    }
    if status == "failed":
        body["error"] = {"code": "moderation_blocked", "message": "no"}
    return lambda request: json_reply(body, headers=_hint(hint))


def run(status: str, hint: Optional[int] = None) -> Factory:
    body = {
        "id": "run_1",
        "object": "thread.run",
        "assistant_id": "asst_1",
        "thread_id": "thread_1",
        "created_at": 1,
        "status": status,
        "instructions": "",
        "model": "gpt-4o",
        "tools": [],
        "parallel_tool_calls": True,
    }
    return lambda request: json_reply(body, headers=_hint(hint))


def scripted(*replies: Factory) -> Callable[[Recorded], Reply]:
    """The n-th request gets the n-th reply (the last one repeats)."""
    lock = threading.Lock()
    count = [0]

    def handle(request: Recorded) -> Reply:
        with lock:
            index = min(count[0], len(replies) - 1)
            count[0] += 1
        return replies[index](request)

    return handle


class Waits:
    """Records the helpers' sleeps in both SDKs (openwire's ``_io``; the reference's
    ``time.sleep`` / ``asyncio.sleep`` / ``anyio.sleep``) instead of sleeping."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.delays: List[float] = []
        for module in (_io, time):
            monkeypatch.setattr(module, "sleep", self.delays.append)
        monkeypatch.setattr(_io, "asleep", self._asleep)
        monkeypatch.setattr(asyncio, "sleep", self._asleep)
        monkeypatch.setattr(anyio, "sleep", self._asleep)

    async def _asleep(self, seconds: float, *args: Any) -> None:
        self.delays.append(seconds)


def on_the_wire(request: Recorded) -> Dict[str, Any]:
    headers = {name: request.headers.get(name) for name in HEADERS}
    content_type = headers["content-type"] or ""
    view: Dict[str, Any] = {"method": request.method, "path": request.path, "query": request.query}
    if content_type.startswith("multipart/form-data"):
        headers["content-type"] = "multipart/form-data"
        view["parts"] = sorted((p.name or "", p.filename or "", p.data) for p in request.multipart())
    else:
        view["body"] = json.loads(request.body) if request.body else None
    view["headers"] = headers
    return view


def drive(
    server: ScriptedServer, sdk: Any, mode: str, replies: Tuple[Factory, ...], call: Callable[[Any], Any], waits: Waits
) -> Tuple[List[Dict[str, Any]], Any, List[float]]:
    start = len(server.requests)
    del waits.delays[:]
    server.handler = scripted(*replies)
    options = {"api_key": "sk-diff", "base_url": server.url, "max_retries": 0}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            if mode == "sync":
                with sdk.OpenAI(**options) as client:
                    result = call(client)
            else:

                async def go() -> Any:
                    client = sdk.AsyncOpenAI(**options)
                    try:
                        value = call(client)
                        return await value if inspect.isawaitable(value) else value
                    finally:
                        await client.close()

                result = asyncio.run(go())
    finally:
        server.handler = None
    return [on_the_wire(r) for r in server.requests[start:]], result.to_dict(), list(waits.delays)


def both(
    server: ScriptedServer, mode: str, replies: Tuple[Factory, ...], call: Callable[[Any], Any], waits: Waits
) -> Tuple[Any, Any]:
    return drive(server, openai, mode, replies, call, waits), drive(server, openwire, mode, replies, call, waits)


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> Waits:
    return Waits(monkeypatch)


MODES = ["sync", "async"]


# -- videos --------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("final", ["completed", "failed"])
def test_video_create_and_poll(server: ScriptedServer, waits: Waits, mode: str, final: str) -> None:
    replies = (video("queued"), video("queued", hint=7), video("in_progress", hint=3), video(final))
    reference, ours = both(
        server,
        mode,
        replies,
        lambda c: c.videos.create_and_poll(prompt="a cat", seconds="4", extra_headers={"X-Extra": "1"}),
        waits,
    )
    assert ours == reference
    requests, result, delays = ours
    assert result["status"] == final
    assert [(r["method"], r["path"]) for r in requests] == [("POST", "/v1/videos")] + [
        ("GET", "/v1/videos/video_1")
    ] * 3
    assert [r["headers"]["x-stainless-poll-helper"] for r in requests] == [None, "true", "true", "true"]
    assert delays == [0.007, 0.007]  # the first hint, then kept


@pytest.mark.parametrize("mode", MODES)
def test_video_poll_with_an_interval(server: ScriptedServer, waits: Waits, mode: str) -> None:
    replies = (video("in_progress", hint=7), video("completed"))
    reference, ours = both(server, mode, replies, lambda c: c.videos.poll("video_1", poll_interval_ms=20), waits)
    assert ours == reference
    requests, _, delays = ours
    assert [r["headers"]["x-stainless-custom-poll-interval"] for r in requests] == ["20", "20"]
    assert delays == [0.02]


@pytest.mark.parametrize("mode", MODES)
def test_video_poll_defaults_to_one_second(server: ScriptedServer, waits: Waits, mode: str) -> None:
    replies = (video("queued"), video("completed"))
    reference, ours = both(server, mode, replies, lambda c: c.videos.poll("video_1"), waits)
    assert ours == reference
    assert ours[2] == [1.0]


# -- beta.threads.runs ---------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "status, polls",
    [
        ("queued", 2),
        ("in_progress", 2),
        ("cancelling", 2),
        ("requires_action", 1),
        ("cancelled", 1),
        ("failed", 1),
        ("completed", 1),
        ("incomplete", 1),
        ("expired", 1),
    ],
)
def test_run_poll_stops_at_a_final_status(
    server: ScriptedServer, waits: Waits, mode: str, status: str, polls: int
) -> None:
    replies = (run(status), run("completed"))
    reference, ours = both(server, mode, replies, lambda c: c.beta.threads.runs.poll("run_1", "thread_1"), waits)
    assert ours == reference
    assert len(ours[0]) == polls
    assert ours[1]["status"] == (status if polls == 1 else "completed")


@pytest.mark.parametrize("mode", MODES)
def test_run_create_and_poll(server: ScriptedServer, waits: Waits, mode: str) -> None:
    replies = (run("queued"), run("queued", hint=7), run("in_progress", hint=3), run("requires_action"))

    def call(client: Any) -> Any:
        return client.beta.threads.runs.create_and_poll(
            thread_id="thread_1",
            assistant_id="asst_1",
            instructions="be brief",
            poll_interval_ms=5,
            extra_headers={"X-Extra": "1"},
        )

    reference, ours = both(server, mode, replies, call, waits)
    assert ours == reference
    requests, result, delays = ours
    assert requests[0]["body"] == {"assistant_id": "asst_1", "instructions": "be brief", "stream": False}
    assert [r["path"] for r in requests[1:]] == ["/v1/threads/thread_1/runs/run_1"] * 3
    assert {r["headers"]["openai-beta"] for r in requests} == {"assistants=v2"}
    assert result["status"] == "requires_action"
    assert delays == [0.005, 0.005]


@pytest.mark.parametrize("mode", MODES)
def test_submit_tool_outputs_and_poll(server: ScriptedServer, waits: Waits, mode: str) -> None:
    replies = (run("queued"), run("queued", hint=7), run("in_progress", hint=3), run("failed"))

    def call(client: Any) -> Any:
        return client.beta.threads.runs.submit_tool_outputs_and_poll(
            thread_id="thread_1", run_id="run_1", tool_outputs=[{"tool_call_id": "call_1", "output": "42"}]
        )

    reference, ours = both(server, mode, replies, call, waits)
    assert ours == reference
    requests, result, delays = ours
    assert requests[0]["path"] == "/v1/threads/thread_1/runs/run_1/submit_tool_outputs"
    assert requests[0]["body"] == {"tool_outputs": [{"tool_call_id": "call_1", "output": "42"}], "stream": False}
    assert result["status"] == "failed"
    assert delays == [0.007, 0.007]


@pytest.mark.parametrize("mode", MODES)
def test_create_and_run_poll(server: ScriptedServer, waits: Waits, mode: str) -> None:
    replies = (run("queued"), run("in_progress"), run("expired"))

    def call(client: Any) -> Any:
        return client.beta.threads.create_and_run_poll(
            assistant_id="asst_1",
            thread={"messages": [{"role": "user", "content": "hi"}]},
            poll_interval_ms=30,
            extra_headers={"X-Extra": "1"},
        )

    reference, ours = both(server, mode, replies, call, waits)
    assert ours == reference
    requests, result, delays = ours
    assert (requests[0]["method"], requests[0]["path"]) == ("POST", "/v1/threads/runs")
    assert requests[0]["body"] == {
        "assistant_id": "asst_1",
        "thread": {"messages": [{"role": "user", "content": "hi"}]},
        "stream": False,
    }
    # The run's thread comes from the created run.
    assert [r["path"] for r in requests[1:]] == ["/v1/threads/thread_1/runs/run_1"] * 2
    assert [r["headers"]["x-stainless-custom-poll-interval"] for r in requests] == [None, "30", "30"]
    assert result["status"] == "expired"
    assert delays == [0.03]


# -- deprecation, as the reference: the run helpers warn at the caller ----------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("helper", ["poll", "create_and_poll", "submit_tool_outputs_and_poll"])
def test_run_helpers_warn_at_the_caller(server: ScriptedServer, waits: Waits, mode: str, helper: str) -> None:
    calls: Dict[str, Callable[[Any], Any]] = {
        "poll": lambda runs: runs.poll("run_1", "thread_1"),
        "create_and_poll": lambda runs: runs.create_and_poll(thread_id="thread_1", assistant_id="asst_1"),
        "submit_tool_outputs_and_poll": lambda runs: runs.submit_tool_outputs_and_poll(
            thread_id="thread_1", run_id="run_1", tool_outputs=[]
        ),
    }
    server.handler = scripted(run("completed"))
    options: Dict[str, Any] = {"api_key": "sk-test", "base_url": server.url, "max_retries": 0}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        if mode == "sync":
            with openwire.OpenAI(**options) as client:
                calls[helper](client.beta.threads.runs)
        else:

            async def go() -> None:
                async with openwire.AsyncOpenAI(**options) as client:
                    await calls[helper](client.beta.threads.runs)

            asyncio.run(go())
    here = [w for w in caught if w.filename == __file__]
    assert here and all(issubclass(w.category, DeprecationWarning) for w in here)
