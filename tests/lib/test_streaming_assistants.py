"""Assistants run streaming: the I/O-free state (which callbacks each event fires, the
snapshots), and the sync and async handlers over real sockets."""

from __future__ import annotations

import json
import warnings
from typing import Any, List, Tuple

import pytest
from assistant_events import EVENTS_COMPLETED, EVENTS_WITH_TOOLS, completed_stream, sse, text_and_tools_stream
from scripted_server import ScriptedServer, json_reply, sse_reply

import openwire
from openwire.lib.streaming._assistant_state import AssistantStreamState
from openwire.types.beta.assistant_stream_event import AssistantStreamEvent


def _events(events: List[Tuple[str, Any]]) -> List[Any]:
    from pydantic import TypeAdapter

    adapter: TypeAdapter[Any] = TypeAdapter(AssistantStreamEvent)
    return [adapter.validate_python({"event": name, "data": data}) for name, data in events]


def _fired(events: List[Tuple[str, Any]]) -> Tuple[AssistantStreamState, List[str]]:
    state = AssistantStreamState()
    names = [name for event in _events(events) for name, _ in state.handle(event)]
    return state, names


# -- the state, without I/O ----------------------------------------------------------------------


def test_every_event_fires_on_event_first() -> None:
    state = AssistantStreamState()
    for event in _events(EVENTS_WITH_TOOLS):
        calls = state.handle(event)
        assert calls[0] == ("on_event", (event,))
        assert state.current_event is event


def test_text_parts_open_and_close_as_the_content_index_moves() -> None:
    state, names = _fired(EVENTS_WITH_TOOLS[:13])
    text = [n for n in names if n.startswith(("on_text", "on_image", "on_message"))]
    assert text == [
        "on_message_created",
        "on_text_created",
        "on_text_delta",
        "on_message_delta",
        "on_text_delta",
        "on_message_delta",
        "on_text_done",  # the image part (index 1) closes the first text part
        "on_message_delta",
        "on_text_created",
        "on_text_delta",
        "on_image_file_done",  # the second text part (index 2) closes the image part
        "on_message_delta",
        "on_text_delta",
        "on_message_delta",
        "on_text_done",
        "on_message_done",
    ]
    (message,) = state.messages.values()
    assert [part.type for part in message.content] == ["text", "image_file", "text"]


def test_message_deltas_merge_by_index_into_the_snapshot() -> None:
    state = AssistantStreamState()
    snapshots = []
    for event in _events(EVENTS_WITH_TOOLS[:12]):
        for name, args in state.handle(event):
            if name == "on_text_delta":
                snapshots.append(args[1].value)
    assert snapshots == ["Hel", "Hello", "By", "Bye"]
    assert state.current_message is not None and state.current_message.id == "msg_abc"


def test_tool_call_deltas_accumulate_code_and_function_arguments() -> None:
    state = AssistantStreamState()
    seen: List[Tuple[str, Any]] = []
    for event in _events(EVENTS_WITH_TOOLS):
        for name, args in state.handle(event):
            if name.startswith("on_tool_call"):
                seen.append((name, args[-1]))
    assert [name for name, _ in seen] == [
        "on_tool_call_created",
        "on_tool_call_delta",
        "on_tool_call_delta",
        "on_tool_call_delta",
        "on_tool_call_done",
        "on_tool_call_created",
        "on_tool_call_delta",
        "on_tool_call_delta",
        "on_tool_call_done",  # at requires_action
    ]
    code = seen[4][1]
    assert code.code_interpreter.input == "print(1)"
    assert code.code_interpreter.outputs[0].logs == "1"
    function = seen[-1][1]
    assert function.function.name == "get_weather"
    assert json.loads(function.function.arguments) == {"city": "Paris"}
    assert state.current_run is not None and state.current_run.status == "requires_action"


def test_a_finished_step_replaces_its_snapshot() -> None:
    state, names = _fired(EVENTS_COMPLETED)
    assert names.count("on_run_step_done") == 1
    assert [step.status for step in state.run_steps.values()] == ["completed"]


def test_unknown_events_fire_on_event_only() -> None:
    state = AssistantStreamState()
    assert [name for name, _ in state.handle({"event": "thread.future", "data": {}})] == ["on_event"]  # type: ignore[arg-type]


# -- the handlers, over sockets ------------------------------------------------------------------


class Printer(openwire.AssistantEventHandler):
    def __init__(self) -> None:
        super().__init__()
        self.text: List[str] = []
        self.ended = False

    def on_text_delta(self, delta: Any, snapshot: Any) -> None:
        self.text.append(delta.value)

    def on_end(self) -> None:
        self.ended = True


@pytest.fixture
def client(server: ScriptedServer) -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        with openwire.OpenAI(api_key="sk-test", base_url=server.url, max_retries=0) as client:
            yield client


def test_stream_feeds_the_handler_and_gives_the_final_run(server: ScriptedServer, client: Any) -> None:
    server.queue(sse_reply([completed_stream()]))
    with client.beta.threads.runs.stream(thread_id="thread_abc", assistant_id="asst_abc", event_handler=Printer()) as h:
        assert isinstance(h, Printer)
        h.until_done()
        assert h.text == ["It is ", "sunny."] and h.ended
        assert h.get_final_run().status == "completed"
        assert h.get_final_messages()[0].content[0].text.value == "It is sunny."  # type: ignore[union-attr]
        assert h.current_event is None  # the stream is over
    request = server.requests[-1]
    assert request.path == "/v1/threads/thread_abc/runs"
    assert json.loads(request.body) == {"assistant_id": "asst_abc", "stream": True}
    assert request.headers["openai-beta"] == "assistants=v2"


def test_iterating_the_handler_gives_typed_events_and_text_deltas(server: ScriptedServer, client: Any) -> None:
    server.queue(sse_reply([completed_stream()]), sse_reply([completed_stream()]))
    with client.beta.threads.runs.stream(thread_id="thread_abc", assistant_id="asst_abc") as stream:
        events = [event.event for event in stream]
    assert events == [name for name, _ in EVENTS_COMPLETED]
    with client.beta.threads.runs.stream(thread_id="thread_abc", assistant_id="asst_abc") as stream:
        assert list(stream.text_deltas) == ["It is ", "sunny."]


def test_a_handler_serves_one_stream(server: ScriptedServer, client: Any) -> None:
    handler = openwire.AssistantEventHandler()
    server.queue(sse_reply([completed_stream()]))
    with client.beta.threads.runs.stream(thread_id="t", assistant_id="a", event_handler=handler) as stream:
        stream.until_done()
    sent = len(server.requests)
    with pytest.raises(RuntimeError, match="already handles a stream"):
        client.beta.threads.runs.stream(thread_id="t", assistant_id="a", event_handler=handler)
    assert len(server.requests) == sent  # refused before anything is sent


def test_callback_errors_reach_on_exception_and_the_caller(server: ScriptedServer, client: Any) -> None:
    seen: List[Exception] = []

    class Failing(openwire.AssistantEventHandler):
        def on_message_created(self, message: Any) -> None:
            raise ValueError("callback failed")

        def on_exception(self, exception: Exception) -> None:
            seen.append(exception)

    server.queue(sse_reply([completed_stream()]))
    with pytest.raises(ValueError, match="callback failed"):
        with client.beta.threads.runs.stream(thread_id="t", assistant_id="a", event_handler=Failing()) as stream:
            stream.until_done()
    assert [type(e) for e in seen] == [ValueError]


def test_no_run_in_the_stream_is_a_clear_error(server: ScriptedServer, client: Any) -> None:
    server.queue(sse_reply([b"event: done\ndata: [DONE]\n\n"]))
    with client.beta.threads.runs.stream(thread_id="t", assistant_id="a") as stream:
        with pytest.raises(RuntimeError, match="without a run event"):
            stream.get_final_run()
        with pytest.raises(RuntimeError, match="no messages"):
            stream.get_final_messages()


def test_http_errors_raise_on_entering(server: ScriptedServer, client: Any) -> None:
    server.queue(json_reply({"error": {"message": "no such thread", "type": "invalid_request_error"}}, status=404))
    with pytest.raises(openwire.NotFoundError):
        with client.beta.threads.runs.stream(thread_id="t", assistant_id="a"):
            pass


def test_submit_tool_outputs_stream_and_create_and_run_stream(server: ScriptedServer, client: Any) -> None:
    server.queue(sse_reply([completed_stream()]), sse_reply([sse(EVENTS_WITH_TOOLS)]))
    outputs = [{"tool_call_id": "call_fn", "output": "18C"}]
    with client.beta.threads.runs.submit_tool_outputs_stream(
        run_id="run_abc", thread_id="thread_abc", tool_outputs=outputs
    ) as stream:
        assert stream.get_final_run().status == "completed"
    assert server.requests[-1].path == "/v1/threads/thread_abc/runs/run_abc/submit_tool_outputs"
    assert json.loads(server.requests[-1].body) == {"tool_outputs": outputs, "stream": True}
    with client.beta.threads.create_and_run_stream(assistant_id="asst_abc") as stream:
        run = stream.get_final_run()
    assert run.required_action is not None
    assert run.required_action.submit_tool_outputs.tool_calls[0].function.name == "get_weather"
    assert server.requests[-1].path == "/v1/threads/runs"


@pytest.mark.anyio
async def test_async_handler_over_sockets(server: ScriptedServer) -> None:
    texts: List[str] = []

    class AsyncPrinter(openwire.AsyncAssistantEventHandler):
        async def on_text_delta(self, delta: Any, snapshot: Any) -> None:
            texts.append(snapshot.value)

    server.queue(sse_reply([text_and_tools_stream()]), sse_reply([completed_stream()]))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        async with openwire.AsyncOpenAI(api_key="sk-test", base_url=server.url) as client:
            async with client.beta.threads.runs.stream(
                thread_id="thread_abc", assistant_id="asst_abc", event_handler=AsyncPrinter()
            ) as stream:
                run = await stream.get_final_run()
                steps = await stream.get_final_run_steps()
            assert run.status == "requires_action"
            assert texts == ["Hel", "Hello", "By", "Bye"]
            assert [step.id for step in steps] == ["step_msg", "step_tools"]
            async with client.beta.threads.runs.stream(thread_id="thread_abc", assistant_id="asst_abc") as stream:
                assert [delta async for delta in stream.text_deltas] == ["It is ", "sunny."]


def test_an_error_event_is_typed_and_raised_by_the_handler(server: ScriptedServer, client: Any) -> None:
    error = b'event: error\ndata: {"message": "The server had an error.", "type": "server_error", "code": null, "param": null}\n\n'
    body = sse(EVENTS_COMPLETED[:2], done=False) + error
    server.queue(sse_reply([body]), sse_reply([body]))
    events = list(client.beta.threads.runs.create("thread_abc", assistant_id="asst_abc", stream=True))
    assert [type(event).__name__ for event in events][-1] == "ErrorEvent"
    assert events[-1].data.message == "The server had an error."
    seen: List[str] = []

    class Recording(openwire.AssistantEventHandler):
        def on_event(self, event: Any) -> None:
            seen.append(event.event)

        def on_exception(self, exception: Exception) -> None:
            seen.append(type(exception).__name__)

    with pytest.raises(openwire.APIError, match="The server had an error"):
        with client.beta.threads.runs.stream(thread_id="t", assistant_id="a", event_handler=Recording()) as stream:
            stream.until_done()
    assert seen == ["thread.run.created", "thread.run.in_progress", "error", "APIError"]


def test_a_run_stream_cut_before_the_run_stops_is_incomplete(server: ScriptedServer, client: Any) -> None:
    server.queue(sse_reply([sse(EVENTS_COMPLETED[:4], done=False)]))
    with pytest.raises(openwire.IncompleteStreamError):
        with client.beta.threads.runs.stream(thread_id="t", assistant_id="a") as stream:
            stream.until_done()


def test_a_timeout_reaches_on_timeout_then_on_exception(server: ScriptedServer, client: Any) -> None:
    from scripted_server import Reply

    seen: List[str] = []

    class Recording(openwire.AssistantEventHandler):
        def on_timeout(self) -> None:
            seen.append("timeout")

        def on_exception(self, exception: Exception) -> None:
            seen.append(type(exception).__name__)

    head = sse(EVENTS_COMPLETED[:2], done=False)
    server.queue(Reply(headers={"content-type": "text/event-stream"}, chunks=[head, b": late\n\n"], pause=2.0))
    with pytest.raises(openwire.APITimeoutError):
        with client.beta.threads.runs.stream(
            thread_id="t", assistant_id="a", event_handler=Recording(), timeout=0.3
        ) as stream:
            stream.until_done()
    assert seen == ["timeout", "APITimeoutError"]
