"""Drive ``openwire.OpenAI`` and ``openwire.AsyncOpenAI`` from one test body.

``BlockingAsyncClient`` wraps an ``AsyncOpenAI`` so that each call runs on a real event loop
in a background thread (an anyio blocking portal) and the test gets the awaited result. The
request loop, retries and parsing are the async code paths; only the test reads like sync
code. Tests that iterate streams or pages asynchronously are written natively instead.
"""

from __future__ import annotations

import inspect
from contextlib import ExitStack
from typing import Any, Callable, Dict, List, Optional

import anyio.from_thread

import openwire
from openwire._async import api_client as async_api_client
from openwire._sync import api_client as sync_api_client

__all__ = ["BlockingAsyncClient", "ClientFactory", "SleepRecorder"]


async def _resolve(function: Callable[..., Any], args: Any, kwargs: Any) -> Any:
    result = function(*args, **kwargs)
    while inspect.isawaitable(result):
        result = await result
    return result


class BlockingAsyncClient:
    """An ``AsyncOpenAI`` whose methods are awaited on ``portal``'s event loop."""

    def __init__(self, client: openwire.AsyncOpenAI, portal: anyio.from_thread.BlockingPortal) -> None:
        self.wrapped = client
        self._portal = portal

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self.wrapped, name)
        if not callable(attribute):
            return attribute

        def call(*args: Any, **kwargs: Any) -> Any:
            result = self._portal.call(_resolve, attribute, args, kwargs)
            if isinstance(result, openwire.AsyncOpenAI):
                return BlockingAsyncClient(result, self._portal)
            return result

        return call


class ClientFactory:
    """``make_client(**kwargs)``: a sync client, or a blocking view of an async one."""

    def __init__(self, mode: str, base_url: str) -> None:
        self.mode = mode
        self.base_url = base_url
        self._stack = ExitStack()
        self._portal: Optional[anyio.from_thread.BlockingPortal] = None
        self._made: List[Any] = []

    @property
    def portal(self) -> anyio.from_thread.BlockingPortal:
        if self._portal is None:
            self._portal = self._stack.enter_context(anyio.from_thread.start_blocking_portal("asyncio"))
        return self._portal

    def __call__(self, **kwargs: Any) -> Any:
        kwargs.setdefault("api_key", "sk-test-key")
        kwargs.setdefault("base_url", self.base_url)
        if self.mode == "sync":
            client: Any = openwire.OpenAI(**kwargs)
        else:
            client = BlockingAsyncClient(openwire.AsyncOpenAI(**kwargs), self.portal)
        self._made.append(client)
        return client

    def run(self, function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Call ``function`` (sync) or await it on the portal (async mode)."""
        if self.mode == "sync":
            return function(*args, **kwargs)
        return self.portal.call(_resolve, function, args, kwargs)

    def close(self) -> None:
        try:
            for client in self._made:
                client.close()
        finally:
            self._stack.close()


class SleepRecorder:
    """Replaces the request loop's sleep (sync and async) and records each delay."""

    def __init__(self) -> None:
        self.delays: List[float] = []

    def sleep(self, seconds: float) -> None:
        self.delays.append(seconds)

    async def asleep(self, seconds: float) -> None:
        self.delays.append(seconds)

    def install(self, monkeypatch: Any) -> "SleepRecorder":
        monkeypatch.setattr(sync_api_client, "sleep", self.sleep)
        monkeypatch.setattr(async_api_client, "asleep", self.asleep)
        return self


def lower_headers(headers: Dict[str, str]) -> Dict[str, str]:
    return {key.lower(): value for key, value in headers.items()}
