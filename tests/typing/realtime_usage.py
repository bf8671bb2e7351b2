"""WebSocket sessions as users write them: ``mypy --strict`` and pyright must accept every line,
server events narrow by ``type``. Lines ending in ``# expect-error`` must be flagged (run by
tests/typing/test_typing.py)."""

from __future__ import annotations

from typing import List, Optional

from typing_extensions import assert_type

from openwire import AsyncOpenAI, OpenAI, ReconnectingEvent, ReconnectingOverrides
from openwire.lib.websocket import WebSocketClosedError
from openwire.types.realtime import RealtimeServerEvent, ResponseTextDeltaEvent
from openwire.types.responses import ResponsesServerEvent


def on_reconnecting(event: ReconnectingEvent) -> Optional[ReconnectingOverrides]:
    if event.attempt > 2:
        return {"abort": True}
    return {"extra_headers": {"x-attempt": str(event.attempt)}}


def realtime(client: OpenAI) -> List[str]:
    deltas: List[str] = []
    with client.realtime.connect(model="gpt-realtime", on_reconnecting=on_reconnecting, max_retries=3) as connection:
        connection.session.update(session={"type": "realtime", "instructions": "Be brief."})
        connection.conversation.item.create(
            item={"type": "message", "role": "user", "content": [{"type": "input_text", "text": "Hi"}]}
        )
        connection.response.create()
        connection.input_audio_buffer.append(audio="AAA=")
        connection.send({"type": "response.cancel"})

        @connection.on("response.output_text.delta")
        def on_delta(event: ResponseTextDeltaEvent) -> None:
            deltas.append(event.delta)

        try:
            for event in connection:
                assert_type(event, RealtimeServerEvent)
                if event.type == "response.output_text.delta":
                    deltas.append(event.delta)
                if event.type == "response.done":
                    break
        except WebSocketClosedError as err:
            print(err.close_code)
        connection.input_audio_buffer.append()  # expect-error
    return deltas


async def responses(client: AsyncOpenAI) -> None:
    async with client.responses.connect(max_queue_size=4096) as connection:
        await connection.response.create(model="gpt-5", input="Hi", store=False)
        await connection.response.create(model="gpt-5", temperature="hot")  # expect-error
        event = await connection.recv()
        assert_type(event, ResponsesServerEvent)
        async for item in connection:
            if item.type == "response.completed":
                print(item.response.id)
        await connection.close(code=1000, reason="done")


def wrong_events(client: OpenAI) -> None:
    with client.realtime.connect(model="gpt-realtime") as connection:
        connection.send({"type": "input_audio_buffer.append", "audio": "AAA="})
        connection.send({"type": "input_audio_buffer.append", "audio": 3})  # expect-error
