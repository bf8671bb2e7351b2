"""Fixtures for the local server's tests.

``api`` reaches one :class:`LocalAPI` four ways (sync or async openwire client, in-process or
over a socket); a test body calls ``api.call(lambda c: c.models.list())`` and reads the same
either way. ``api.collect`` drains a stream (``async for`` on the async client).
"""

from __future__ import annotations

import inspect
from typing import Any, Callable, Iterator, List, Optional

import anyio.from_thread
import pytest

from openwire import AsyncOpenAI, OpenAI
from openwire.local import LOCAL_BASE_URL, LocalAPI, LocalServer, local_async_http_client, local_http_client


async def _resolve(function: Callable[..., Any], *args: Any) -> Any:
    result = function(*args)
    while inspect.isawaitable(result):
        result = await result
    return result


async def _drain(function: Callable[..., Any], client: Any) -> List[Any]:
    stream = await _resolve(function, client)
    return [item async for item in stream]


class Api:
    def __init__(
        self, mode: str, where: str, app: LocalAPI, portal: Optional[anyio.from_thread.BlockingPortal], url: str
    ) -> None:
        self.mode, self.where, self.app = mode, where, app
        self._portal = portal
        in_process = where == "in-process"
        base_url = LOCAL_BASE_URL if in_process else url
        if mode == "sync":
            http = local_http_client(app) if in_process else None
            self.client: Any = OpenAI(api_key="local", base_url=base_url, http_client=http, max_retries=0)
        else:
            ahttp = local_async_http_client(app) if in_process else None
            self.client = AsyncOpenAI(api_key="local", base_url=base_url, http_client=ahttp, max_retries=0)

    def call(self, function: Callable[[Any], Any]) -> Any:
        if self._portal is None:
            return function(self.client)
        return self._portal.call(_resolve, function, self.client)

    def collect(self, function: Callable[[Any], Any]) -> List[Any]:
        if self._portal is None:
            with function(self.client) as stream:
                return list(stream)
        return self._portal.call(_drain, function, self.client)

    def close(self) -> None:
        if self._portal is None:
            self.client.close()
        else:
            self._portal.call(self.client.close)


@pytest.fixture
def app() -> LocalAPI:
    return LocalAPI(lifecycle_step=0.01)


@pytest.fixture
def socket_server(app: LocalAPI) -> Iterator[LocalServer]:
    with LocalServer(app=app) as server:
        yield server


@pytest.fixture(
    params=[("sync", "in-process"), ("async", "in-process"), ("sync", "socket"), ("async", "socket")],
    ids=lambda p: f"{p[0]}-{p[1]}",
)
def api(request: pytest.FixtureRequest, app: LocalAPI) -> Iterator[Api]:
    mode, where = request.param
    server = request.getfixturevalue("socket_server") if where == "socket" else None
    url = server.url if server is not None else LOCAL_BASE_URL
    if mode == "sync":
        harness = Api(mode, where, app, None, url)
        yield harness
        harness.close()
        return
    with anyio.from_thread.start_blocking_portal("asyncio") as portal:
        harness = Api(mode, where, app, portal, url)
        yield harness
        harness.close()
