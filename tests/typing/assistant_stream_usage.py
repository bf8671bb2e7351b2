"""Assistants run streaming as users write it: the ``with`` block gives the handler passed as
``event_handler`` (typed as its class), or a plain ``AssistantEventHandler``; events narrow by
``event``. Lines ending in ``# expect-error`` must be flagged (run by tests/typing/test_typing.py)."""

from __future__ import annotations

from typing import List

from typing_extensions import assert_type, override

from openwire import AssistantEventHandler, AsyncAssistantEventHandler, AsyncOpenAI, OpenAI
from openwire.lib.streaming import AssistantStreamManager
from openwire.types.beta.threads import Message, Run, Text, TextDelta


class Printer(AssistantEventHandler):
    @override
    def on_text_delta(self, delta: TextDelta, snapshot: Text) -> None:
        print(delta.value, end="")


class AsyncPrinter(AsyncAssistantEventHandler):
    @override
    async def on_text_delta(self, delta: TextDelta, snapshot: Text) -> None:
        print(delta.value, end="")


def sync(client: OpenAI) -> Run:
    with client.beta.threads.runs.stream(thread_id="t", assistant_id="a") as plain:
        assert_type(plain, AssistantEventHandler)
        for text in plain.text_deltas:
            assert_type(text, str)
    manager = client.beta.threads.runs.stream(thread_id="t", assistant_id="a", event_handler=Printer())
    assert_type(manager, AssistantStreamManager[Printer])
    with manager as printer:
        assert_type(printer, Printer)
        for event in printer:
            if event.event == "thread.message.delta":
                assert_type(event.data.delta.content, "List[object] | None")  # expect-error
        return printer.get_final_run()


async def run_async(client: AsyncOpenAI) -> List[Message]:
    async with client.beta.threads.create_and_run_stream(assistant_id="a", event_handler=AsyncPrinter()) as handler:
        assert_type(handler, AsyncPrinter)
        await handler.until_done()
        run = await handler.get_final_run()
        assert_type(run, Run)
    async with client.beta.threads.runs.submit_tool_outputs_stream(
        run_id=run.id, thread_id="t", tool_outputs=[{"tool_call_id": "c", "output": "x"}]
    ) as plain:
        assert_type(plain, AsyncAssistantEventHandler)
        return await plain.get_final_messages()


def wrong(client: OpenAI) -> None:
    client.beta.threads.runs.stream(thread_id="t", assistant_id="a", event_handler=AsyncPrinter())  # expect-error
