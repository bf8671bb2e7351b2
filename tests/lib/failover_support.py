"""Drive ``FailoverOpenAI`` and ``AsyncFailoverOpenAI`` from one test body, over real sockets.

``Driver(mode)`` builds a failover client from route specs and makes calls; async calls run on
an event loop in a background thread (an anyio blocking portal) and iterate streams natively.
Each call gives an ``Outcome``: the answer's text (what came after the last restart), the
items, the route info, the error, and the seconds it took.
"""

from __future__ import annotations

import time
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import Any, List, Optional

import anyio.from_thread

import openwire
from openwire.lib.failover import FailoverPolicy, Route, RouteInfo, StreamRestart, route_info

PROMPT = "tell me"


@dataclass
class Spec:
    url: str
    model: Optional[str] = None
    name: Optional[str] = None
    max_retries: int = 2
    timeout: float = 10.0


@dataclass
class Outcome:
    text: str = ""
    items: List[Any] = field(default_factory=list)
    restarts: List[StreamRestart] = field(default_factory=list)
    info: Optional[RouteInfo] = None
    error: Optional[BaseException] = None
    seconds: float = 0.0
    model: Optional[str] = None
    usage: Any = None


def _content(item: Any) -> str:
    choices = getattr(item, "choices", None)
    if choices:
        return choices[0].delta.content or ""
    return ""


class Driver:
    def __init__(self, mode: str) -> None:
        self.mode = mode
        self._stack = ExitStack()
        self._portal: Optional[anyio.from_thread.BlockingPortal] = None
        if mode == "async":
            self._portal = self._stack.enter_context(anyio.from_thread.start_blocking_portal("asyncio"))

    def client(self, specs: List[Spec], policy: Optional[FailoverPolicy] = None) -> Any:
        if self.mode == "sync":
            routes: List[Any] = [
                Route(
                    openwire.OpenAI(api_key="k", base_url=s.url, max_retries=s.max_retries, timeout=s.timeout),
                    model=s.model,
                    name=s.name,
                )
                for s in specs
            ]
            client: Any = openwire.FailoverOpenAI(routes, policy=policy)
            self._stack.callback(client.close)
            return client
        aroutes: List[Any] = [
            Route(
                openwire.AsyncOpenAI(api_key="k", base_url=s.url, max_retries=s.max_retries, timeout=s.timeout),
                model=s.model,
                name=s.name,
            )
            for s in specs
        ]
        aclient: Any = openwire.AsyncFailoverOpenAI(aroutes, policy=policy)
        assert self._portal is not None
        portal = self._portal
        self._stack.callback(lambda: portal.call(aclient.close))
        return aclient

    def ask(self, client: Any, *, stream: bool = False, api: str = "chat", **params: Any) -> Outcome:
        outcome = Outcome()
        started = time.monotonic()
        try:
            if self.mode == "sync":
                self._ask_sync(client, stream, api, params, outcome)
            else:
                assert self._portal is not None
                self._portal.call(self._ask_async, client, stream, api, params, outcome)
        except openwire.OpenAIError as err:
            outcome.error = err
            outcome.info = route_info(err)
        outcome.seconds = time.monotonic() - started
        return outcome

    @staticmethod
    def _call(client: Any, stream: bool, api: str, params: Any) -> Any:
        if api == "responses":
            return client.responses.create(model=params.pop("model", "gpt-4o"), input=PROMPT, stream=stream, **params)
        if api == "embeddings":
            return client.embeddings.create(model=params.pop("model", "text-embedding-3-small"), input=PROMPT)
        extra = {"stream_options": {"include_usage": True}} if stream else {}
        return client.chat.completions.create(
            model=params.pop("model", "deepseek-chat"),
            messages=[{"role": "user", "content": PROMPT}],
            stream=stream,
            **extra,
            **params,
        )

    def _ask_sync(self, client: Any, stream: bool, api: str, params: Any, outcome: Outcome) -> None:
        result = self._call(client, stream, api, params)
        outcome.info = route_info(result)
        if stream:
            for item in result:
                _collect(outcome, item)
        else:
            _finish(outcome, result)

    async def _ask_async(self, client: Any, stream: bool, api: str, params: Any, outcome: Outcome) -> None:
        result = await self._call(client, stream, api, params)
        outcome.info = route_info(result)
        if stream:
            async for item in result:
                _collect(outcome, item)
        else:
            _finish(outcome, result)

    def close(self) -> None:
        self._stack.close()


def _collect(outcome: Outcome, item: Any) -> None:
    outcome.items.append(item)
    if isinstance(item, StreamRestart):
        outcome.restarts.append(item)
        outcome.text = ""
        return
    outcome.text += _content(item)
    outcome.model = getattr(item, "model", outcome.model)


def _finish(outcome: Outcome, result: Any) -> None:
    outcome.model = getattr(result, "model", None)
    outcome.usage = getattr(result, "usage", None)
    choices = getattr(result, "choices", None)
    if choices:
        outcome.text = choices[0].message.content or ""
    elif hasattr(result, "output_text"):
        outcome.text = result.output_text
