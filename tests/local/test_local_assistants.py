"""The Assistants API of the embedded server: CRUD, runs that progress as they are polled, a
function tool that stops a run at ``requires_action``, and streamed runs (openwire's handlers,
sync and async, and the reference SDK's handler, over sockets)."""

from __future__ import annotations

import json
from typing import Any, Dict, List

import anyio
import httpx
import openai
import pytest

import openwire
from openwire import BadRequestError, NotFoundError
from openwire.local import LocalAPI, LocalServer
from openwire.types.beta import Assistant, AssistantStreamEvent, Thread
from openwire.types.beta.threads import Message, Run
from openwire.types.beta.threads.runs import RunStep

from .conftest import Api
from .strict import strict

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}


def _assistant(api: Api, **options: Any) -> Any:
    return api.call(lambda c: c.beta.assistants.create(model="gpt-4o", name="helper", **options))


def test_assistants_threads_and_messages_crud(api: Api) -> None:
    assistant = _assistant(api, instructions="Be brief.", tools=[WEATHER])
    assert assistant.id.startswith("asst_") and assistant.tools[0].function.name == "get_weather"
    assert api.call(lambda c: c.beta.assistants.update(assistant.id, name="renamed")).name == "renamed"
    assert api.call(lambda c: c.beta.assistants.retrieve(assistant.id)).name == "renamed"
    assert [a.id for a in api.call(lambda c: c.beta.assistants.list()).data] == [assistant.id]

    thread = api.call(lambda c: c.beta.threads.create(messages=[{"role": "user", "content": "first"}]))
    message = api.call(lambda c: c.beta.threads.messages.create(thread.id, role="user", content="second"))
    listed = api.call(lambda c: c.beta.threads.messages.list(thread.id, order="asc")).data
    assert [m.content[0].text.value for m in listed] == ["first", "second"]
    updated = api.call(lambda c: c.beta.threads.messages.update(message.id, thread_id=thread.id, metadata={"k": "v"}))
    assert updated.metadata == {"k": "v"}
    assert api.call(lambda c: c.beta.threads.update(thread.id, metadata={"t": "1"})).metadata == {"t": "1"}
    assert api.call(lambda c: c.beta.threads.messages.delete(message.id, thread_id=thread.id)).deleted
    assert api.call(lambda c: c.beta.threads.delete(thread.id)).deleted
    with pytest.raises(NotFoundError):
        api.call(lambda c: c.beta.threads.retrieve(thread.id))
    assert api.call(lambda c: c.beta.assistants.delete(assistant.id)).deleted


def test_payloads_parse_strictly_as_the_generated_types(app: LocalAPI, socket_server: LocalServer) -> None:
    with httpx.Client(base_url=socket_server.url, headers={"authorization": "Bearer x"}) as http:
        assistant = http.post("/assistants", json={"model": "gpt-4o", "tools": [WEATHER]}).json()
        strict(Assistant, assistant)
        thread = http.post("/threads", json={"messages": [{"role": "user", "content": "hi"}]}).json()
        strict(Thread, thread)
        run = http.post(f"/threads/{thread['id']}/runs", json={"assistant_id": assistant["id"]}).json()
        strict(Run, run)
        while run["status"] in ("queued", "in_progress"):
            run = http.get(f"/threads/{thread['id']}/runs/{run['id']}").json()
        strict(Run, run)
        for message in http.get(f"/threads/{thread['id']}/messages").json()["data"]:
            strict(Message, message)
        for step in http.get(f"/threads/{thread['id']}/runs/{run['id']}/steps").json()["data"]:
            strict(RunStep, step)
        body = {
            "assistant_id": assistant["id"],
            "stream": True,
            "thread": {"messages": [{"role": "user", "content": "x"}]},
        }
        with http.stream("POST", "/threads/runs", json=body) as response:
            blocks = response.read().decode().strip().split("\n\n")
    names = []
    for block in blocks[:-1]:
        event_line, data_line = block.split("\n")
        name = event_line.removeprefix("event: ")
        names.append(name)
        strict(AssistantStreamEvent, {"event": name, "data": json.loads(data_line.removeprefix("data: "))})
    assert blocks[-1] == "event: done\ndata: [DONE]"
    assert names[:4] == ["thread.created", "thread.run.created", "thread.run.queued", "thread.run.in_progress"]
    assert names[-4:] == [
        "thread.message.delta",
        "thread.message.completed",
        "thread.run.step.completed",
        "thread.run.completed",
    ]


def test_runs_progress_until_polling_ends(api: Api) -> None:
    api.app.replies.add("weather", text="Sunny all day.")
    assistant = _assistant(api)
    thread = api.call(lambda c: c.beta.threads.create(messages=[{"role": "user", "content": "weather?"}]))
    run = api.call(lambda c: c.beta.threads.runs.create(thread.id, assistant_id=assistant.id))
    assert run.status == "queued"
    run = api.call(lambda c: c.beta.threads.runs.poll(run.id, thread.id, poll_interval_ms=1))
    assert run.status == "completed" and run.usage.total_tokens > 0
    messages = api.call(lambda c: c.beta.threads.messages.list(thread.id, run_id=run.id)).data
    assert [m.content[0].text.value for m in messages] == ["Sunny all day."]
    steps = api.call(lambda c: c.beta.threads.runs.steps.list(run.id, thread_id=thread.id)).data
    assert [(s.type, s.status) for s in steps] == [("message_creation", "completed")]
    step = api.call(lambda c: c.beta.threads.runs.steps.retrieve(steps[0].id, thread_id=thread.id, run_id=run.id))
    assert step.step_details.message_creation.message_id == messages[0].id


def test_a_named_function_tool_requires_action_then_outputs_complete_the_run(api: Api) -> None:
    assistant = _assistant(api, tools=[WEATHER])
    thread = api.call(lambda c: c.beta.threads.create(messages=[{"role": "user", "content": "Use get_weather"}]))
    run = api.call(
        lambda c: c.beta.threads.runs.create_and_poll(
            thread_id=thread.id, assistant_id=assistant.id, poll_interval_ms=1
        )
    )
    assert run.status == "requires_action"
    (call,) = run.required_action.submit_tool_outputs.tool_calls
    assert call.function.name == "get_weather" and "city" in json.loads(call.function.arguments)
    with pytest.raises(BadRequestError, match="call ids"):
        api.call(
            lambda c: c.beta.threads.runs.submit_tool_outputs(
                run.id, thread_id=thread.id, tool_outputs=[{"tool_call_id": "call_other", "output": "x"}]
            )
        )
    done = api.call(
        lambda c: c.beta.threads.runs.submit_tool_outputs_and_poll(
            run_id=run.id, thread_id=thread.id, tool_outputs=[{"tool_call_id": call.id, "output": "18C"}]
        )
    )
    assert done.status == "completed"
    latest = api.call(lambda c: c.beta.threads.messages.list(thread.id, limit=1)).data[0]
    assert latest.content[0].text.value == "get_weather returned 18C"


def test_cancel_and_errors(api: Api) -> None:
    assistant = _assistant(api)
    thread = api.call(lambda c: c.beta.threads.create())
    api.app.lifecycle_step = 3600
    run = api.call(lambda c: c.beta.threads.runs.create(thread.id, assistant_id=assistant.id))
    assert api.call(lambda c: c.beta.threads.runs.cancel(run.id, thread_id=thread.id)).status == "cancelled"
    with pytest.raises(BadRequestError):
        api.call(lambda c: c.beta.threads.runs.cancel(run.id, thread_id=thread.id))
    with pytest.raises(NotFoundError, match="asst_missing"):
        api.call(lambda c: c.beta.threads.runs.create(thread.id, assistant_id="asst_missing"))


# -- streamed runs over sockets ------------------------------------------------------------------


def _setup(client: Any) -> Dict[str, str]:
    assistant = client.beta.assistants.create(model="gpt-4o", tools=[WEATHER])
    thread = client.beta.threads.create(messages=[{"role": "user", "content": "call get_weather please"}])
    return {"assistant": assistant.id, "thread": thread.id}


@pytest.mark.parametrize("sdk", [openwire, openai], ids=["openwire", "reference"])
def test_streamed_run_with_tool_outputs_through_an_event_handler(socket_server: LocalServer, sdk: Any) -> None:
    seen: List[str] = []

    class Handler(sdk.AssistantEventHandler):  # type: ignore[misc,name-defined]
        def on_text_delta(self, delta: Any, snapshot: Any) -> None:
            seen.append(delta.value)

        def on_tool_call_done(self, tool_call: Any) -> None:
            seen.append(f"tool:{tool_call.function.name}")

    with sdk.OpenAI(api_key="sk-local", base_url=socket_server.url) as client:
        ids = _setup(client)
        runs = client.beta.threads.runs
        with runs.stream(thread_id=ids["thread"], assistant_id=ids["assistant"], event_handler=Handler()) as stream:
            run = stream.get_final_run()
        assert run.status == "requires_action" and seen == ["tool:get_weather"]
        call_id = run.required_action.submit_tool_outputs.tool_calls[0].id
        outputs = [{"tool_call_id": call_id, "output": "18C"}]
        with runs.submit_tool_outputs_stream(
            run_id=run.id, thread_id=ids["thread"], tool_outputs=outputs, event_handler=Handler()
        ) as stream:
            stream.until_done()
            assert stream.get_final_run().status == "completed"
            assert stream.get_final_messages()[0].content[0].text.value == "get_weather returned 18C"
    assert "".join(seen[1:]) == "get_weather returned 18C"


def test_async_streamed_run(socket_server: LocalServer) -> None:
    async def main() -> List[str]:
        texts: List[str] = []

        class Handler(openwire.AsyncAssistantEventHandler):
            async def on_text_delta(self, delta: Any, snapshot: Any) -> None:
                texts.append(snapshot.value)

        async with openwire.AsyncOpenAI(api_key="sk-local", base_url=socket_server.url) as client:
            assistant = await client.beta.assistants.create(model="gpt-4o")
            async with client.beta.threads.create_and_run_stream(
                assistant_id=assistant.id,
                thread={"messages": [{"role": "user", "content": "hello server"}]},
                event_handler=Handler(),
            ) as stream:
                run = await stream.get_final_run()
            assert run.status == "completed"
        return texts

    texts = anyio.run(main)
    assert texts[-1] == "You said: hello server" and len(texts) > 1


def test_tool_choice_forces_a_call_and_none_prevents_it(api: Api) -> None:
    assistant = _assistant(api, tools=[WEATHER])
    thread = api.call(lambda c: c.beta.threads.create(messages=[{"role": "user", "content": "no tool named here"}]))
    forced = api.call(
        lambda c: c.beta.threads.runs.create_and_poll(
            thread_id=thread.id, assistant_id=assistant.id, tool_choice="required", poll_interval_ms=1
        )
    )
    assert forced.status == "requires_action"
    api.call(lambda c: c.beta.threads.runs.cancel(forced.id, thread_id=thread.id))
    api.call(lambda c: c.beta.threads.messages.create(thread.id, role="user", content="get_weather, but no tools"))
    plain = api.call(
        lambda c: c.beta.threads.runs.create_and_poll(
            thread_id=thread.id, assistant_id=assistant.id, tool_choice="none", poll_interval_ms=1
        )
    )
    assert plain.status == "completed"
