"""Driving a WebSocket session the same way through the sync and the async client.

``run_session(mode, server, ...)`` opens ``client.<api>.connect(...)`` against a ``WSServer``,
optionally sends events, iterates every event until the session ends, and returns what came
out: the events, the error that ended it (if any) and the reconnection events seen.
"""

from __future__ import annotations

import asyncio
import threading
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Optional, Sequence

from ws_server import WSServer

MODES = ["sync", "async"]


@dataclass
class Outcome:
    events: List[Any] = field(default_factory=list)
    error: Optional[BaseException] = None
    reconnects: List[Any] = field(default_factory=list)

    @property
    def ids(self) -> List[Any]:
        return [getattr(event, "event_id", None) for event in self.events]


def make_client(mode: str, server: WSServer, *, sdk: str = "openwire", **kwargs: Any) -> Any:
    """A client of ``sdk`` ("openwire", or "openai": the reference, for differential tests)."""
    import importlib

    package = importlib.import_module(sdk)
    kwargs.setdefault("api_key", "sk-test")
    kwargs.setdefault("base_url", server.base_url)
    return (package.OpenAI if mode == "sync" else package.AsyncOpenAI)(**kwargs)


def _api(client: Any, api: str) -> Any:
    target = client
    for part in api.split("."):
        target = getattr(target, part)
    return target


def run_session(
    mode: str,
    server: WSServer,
    *,
    api: str = "realtime",
    client_kwargs: Optional[Dict[str, Any]] = None,
    connect_kwargs: Optional[Dict[str, Any]] = None,
    send: Sequence[Dict[str, Any]] = (),
    overrides: Optional[Callable[[Any], Any]] = None,
    reconnect: bool = False,
    stop_after: float = 5.0,
    sdk: str = "openwire",
) -> Outcome:
    """``reconnect``: pass an ``on_reconnecting`` that records the events (and returns what
    ``overrides(event)`` gives). ``stop_after``: close from the client after so many seconds."""
    outcome = Outcome()
    client = make_client(mode, server, sdk=sdk, **(client_kwargs or {}))
    kwargs = dict(connect_kwargs or {})
    if api in ("realtime", "beta.realtime"):
        kwargs.setdefault("model", "gpt-test")
        if kwargs["model"] is None:  # the test wants no model at all
            del kwargs["model"]
    if reconnect:

        def on_reconnecting(event: Any) -> Any:
            outcome.reconnects.append(event)
            return overrides(event) if overrides else None

        kwargs["on_reconnecting"] = on_reconnecting
        kwargs.setdefault("initial_delay", 0.01)
        kwargs.setdefault("max_delay", 0.04)
    manager = _api(client, api).connect(**kwargs)
    if mode == "sync":
        try:
            with manager as connection:
                timer = threading.Timer(stop_after, connection.close)
                timer.start()
                try:
                    for event in send:
                        connection.send(event)
                    for event in connection:
                        outcome.events.append(event)
                finally:
                    timer.cancel()
        except Exception as err:
            outcome.error = err
        return outcome

    async def main() -> None:
        try:
            async with manager as connection:
                loop = asyncio.get_running_loop()
                handle = loop.call_later(stop_after, lambda: asyncio.ensure_future(connection.close()))
                try:
                    for event in send:
                        await connection.send(event)
                    async for event in connection:
                        outcome.events.append(event)
                finally:
                    handle.cancel()
        except Exception as err:
            outcome.error = err

    asyncio.run(main())
    return outcome


def call(mode: str, function: Callable[[], Any]) -> Any:
    """``function()`` in sync mode; ``asyncio.run(function())`` in async mode."""
    if mode == "sync":
        return function()
    return asyncio.run(function())
