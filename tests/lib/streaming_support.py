"""Opening ``chat.completions.stream`` / ``responses.stream`` from one test body, for the sync
client or (natively, ``async with`` / ``async for``) for the async one."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, List, Optional

from integration_support import ClientFactory


@dataclass
class Consumed:
    stream: Any
    events: List[Any] = field(default_factory=list)
    final: Any = None
    error: Optional[BaseException] = None


def consume(
    factory: ClientFactory,
    client: Any,
    api: str,
    *,
    final: bool = True,
    stop_after: Optional[int] = None,
    **kwargs: Any,
) -> Consumed:
    """Open ``client.<api>.stream(**kwargs)`` (``api``: ``"chat"`` or ``"responses"``), read its
    events (all, or ``stop_after`` of them), then the final result. An exception raised while
    reading is kept in ``error`` with the events read before it."""
    final_method = "get_final_completion" if api == "chat" else "get_final_response"

    def manager(sdk_client: Any) -> Any:
        resource = sdk_client.chat.completions if api == "chat" else sdk_client.responses
        return resource.stream(**kwargs)

    if factory.mode == "sync":
        with manager(client) as stream:
            result = Consumed(stream)
            try:
                for event in stream:
                    result.events.append(event)
                    if stop_after is not None and len(result.events) >= stop_after:
                        return result
                if final:
                    result.final = getattr(stream, final_method)()
            except Exception as error:  # kept for the test to look at
                result.error = error
        return result

    async def read() -> Consumed:
        async with manager(client.wrapped) as stream:
            result = Consumed(stream)
            try:
                async for event in stream:
                    result.events.append(event)
                    if stop_after is not None and len(result.events) >= stop_after:
                        return result
                if final:
                    result.final = await getattr(stream, final_method)()
            except Exception as error:
                result.error = error
        return result

    consumed: Consumed = factory.run(read)
    return consumed
