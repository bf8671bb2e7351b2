"""Assistants run streaming, against the reference SDK (a black box): the same scripted event
stream must give the same requests, the same callbacks with the same arguments in the same
order, and the same final run and messages.

Documented differences: a finished run step replaces its snapshot (``get_final_run_steps()``
gives the steps as they ended; the reference keeps the last streamed snapshot); an ``event:
error`` is a typed ``ErrorEvent`` that the handler raises as ``APIError`` (the reference yields
an event without a name and goes on); a stream handler already used is refused before anything
is sent; a run stream cut before the run stops raises ``IncompleteStreamError``.
"""

from __future__ import annotations

import warnings
from typing import Any, Callable, Dict, List, Tuple, Type

import openai
import pytest
from assistant_events import EVENTS_COMPLETED, EVENTS_WITH_TOOLS, sse, text_and_tools_stream
from scripted_server import ScriptedServer, sse_reply

import openwire

Call = Tuple[str, List[Any]]
WIRE_HEADERS = ("accept", "content-type", "openai-beta", "x-stainless-helper-method", "authorization")


def _plain(value: Any) -> Any:
    if hasattr(value, "model_dump"):
        return value.model_dump(exclude_none=True)
    if hasattr(value, "event"):  # an event: its name and data
        return value.event
    return value


def recording(base: Type[Any], calls: List[Call]) -> Any:
    """A handler of class ``base`` that records every callback with plain-data arguments."""
    names = [name for name in dir(base) if name.startswith("on_")]
    namespace: Dict[str, Any] = {}
    is_async = base.__name__.startswith("Async")
    for name in names:

        def record(self: Any, *args: Any, _name: str = name) -> None:
            arguments = [args[0].event] if _name == "on_event" else [_plain(a) for a in args]
            if _name == "on_exception":
                arguments = [type(args[0]).__name__]
            calls.append((_name, arguments))

        if is_async:

            async def arecord(self: Any, *args: Any, _record: Callable[..., None] = record) -> None:
                _record(self, *args)

            namespace[name] = arecord
        else:
            namespace[name] = record
    return type("Recording" + base.__name__, (base,), namespace)()


def _wire(request: Any) -> Dict[str, Any]:
    return {
        "method": request.method,
        "path": request.path,
        "body": request.json(),
        "headers": {name: request.headers.get(name) for name in WIRE_HEADERS},
    }


Scenario = Callable[[Any, Any], Any]
SCENARIOS: Dict[str, Scenario] = {
    "runs.stream": lambda client, handler: client.beta.threads.runs.stream(
        thread_id="thread_abc", assistant_id="asst_abc", instructions="Be brief.", event_handler=handler
    ),
    "runs.create_and_stream": lambda client, handler: client.beta.threads.runs.create_and_stream(
        thread_id="thread_abc", assistant_id="asst_abc", event_handler=handler
    ),
    "runs.submit_tool_outputs_stream": lambda client, handler: client.beta.threads.runs.submit_tool_outputs_stream(
        run_id="run_abc",
        thread_id="thread_abc",
        tool_outputs=[{"tool_call_id": "call_fn", "output": "18C"}],
        event_handler=handler,
    ),
    "threads.create_and_run_stream": lambda client, handler: client.beta.threads.create_and_run_stream(
        assistant_id="asst_abc", thread={"messages": [{"role": "user", "content": "Hi"}]}, event_handler=handler
    ),
}


def _sync_outcome(sdk: Any, server: ScriptedServer, scenario: Scenario, body: bytes) -> Dict[str, Any]:
    calls: List[Call] = []
    start = len(server.requests)
    server.queue(sse_reply([body]))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        with sdk.OpenAI(api_key="sk-diff", base_url=server.url, max_retries=0) as client:
            with scenario(client, recording(sdk.AssistantEventHandler, calls)) as stream:
                stream.until_done()
                run = stream.get_final_run()
                messages = stream.get_final_messages()
                steps = stream.get_final_run_steps()
    return {
        "requests": [_wire(r) for r in server.requests[start:]],
        "calls": calls,
        "run": run.model_dump(),
        "messages": [m.model_dump() for m in messages],
        "step_ids": [s.id for s in steps],
    }


async def _async_outcome(sdk: Any, server: ScriptedServer, scenario: Scenario, body: bytes) -> Dict[str, Any]:
    calls: List[Call] = []
    start = len(server.requests)
    server.queue(sse_reply([body]))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        async with sdk.AsyncOpenAI(api_key="sk-diff", base_url=server.url, max_retries=0) as client:
            async with scenario(client, recording(sdk.AsyncAssistantEventHandler, calls)) as stream:
                await stream.until_done()
                run = await stream.get_final_run()
                messages = await stream.get_final_messages()
    return {
        "requests": [_wire(r) for r in server.requests[start:]],
        "calls": calls,
        "run": run.model_dump(),
        "messages": [m.model_dump() for m in messages],
    }


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_the_helpers_send_the_same_request(server: ScriptedServer, name: str) -> None:
    theirs = _sync_outcome(openai, server, SCENARIOS[name], sse(EVENTS_COMPLETED))
    mine = _sync_outcome(openwire, server, SCENARIOS[name], sse(EVENTS_COMPLETED))
    assert mine["requests"] == theirs["requests"]
    assert mine["requests"][0]["body"]["stream"] is True
    assert mine["requests"][0]["headers"]["openai-beta"] == "assistants=v2"


@pytest.mark.parametrize("events", [EVENTS_WITH_TOOLS, EVENTS_COMPLETED], ids=["tools", "completed"])
def test_same_callbacks_and_final_state(server: ScriptedServer, events: Any) -> None:
    scenario = SCENARIOS["runs.stream"]
    theirs = _sync_outcome(openai, server, scenario, sse(events))
    mine = _sync_outcome(openwire, server, scenario, sse(events))
    assert [name for name, _ in mine["calls"]] == [name for name, _ in theirs["calls"]]
    assert mine["calls"] == theirs["calls"]
    assert mine["run"] == theirs["run"]
    assert mine["messages"] == theirs["messages"]
    assert mine["step_ids"] == theirs["step_ids"]


@pytest.mark.anyio
async def test_async_handlers_agree(server: ScriptedServer) -> None:
    scenario = SCENARIOS["runs.stream"]
    theirs = await _async_outcome(openai, server, scenario, text_and_tools_stream())
    mine = await _async_outcome(openwire, server, scenario, text_and_tools_stream())
    assert mine == theirs
    assert ("on_tool_call_done", [mine["calls"][-2][1][0]]) in mine["calls"]


def test_create_with_stream_true_yields_the_same_typed_events(server: ScriptedServer) -> None:
    kinds = []
    for sdk in (openai, openwire):
        server.queue(sse_reply([text_and_tools_stream()]))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            with sdk.OpenAI(api_key="sk-diff", base_url=server.url) as client:
                events = list(client.beta.threads.runs.create("thread_abc", assistant_id="asst_abc", stream=True))
        kinds.append([(type(e).__name__, e.event, e.data.model_dump()) for e in events])
    assert kinds[1] == kinds[0]
    assert len(kinds[1]) == len(EVENTS_WITH_TOOLS)
