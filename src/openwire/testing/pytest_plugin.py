"""Pytest fixtures for testing an application against the local API.

Load with ``pytest -p openwire.testing.pytest_plugin`` (or ``pytest_plugins = [...]`` in a
root ``conftest.py``). Fixtures, fresh per test and sharing one :class:`LocalAPI`:

- ``openwire_app``: the API itself (``.replies``, ``.faults``, ``.webhooks``, ``.requests``);
- ``openwire_server``: a :class:`LocalServer` on 127.0.0.1 (``.url`` for any HTTP client);
- ``openwire_client`` / ``openwire_async_client``: openwire clients answered in-process.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

import pytest

if TYPE_CHECKING:
    from openwire import AsyncOpenAI, OpenAI
    from openwire.local import LocalAPI, LocalServer


@pytest.fixture
def openwire_app() -> "LocalAPI":
    from openwire.local import LocalAPI

    return LocalAPI(lifecycle_step=0.05)


@pytest.fixture
def openwire_server(openwire_app: "LocalAPI") -> "Iterator[LocalServer]":
    from openwire.local import LocalServer

    with LocalServer(app=openwire_app) as server:
        yield server


@pytest.fixture
def openwire_client(openwire_app: "LocalAPI") -> "Iterator[OpenAI]":
    from openwire import OpenAI
    from openwire.local import LOCAL_BASE_URL, local_http_client

    with OpenAI(api_key="local", base_url=LOCAL_BASE_URL, http_client=local_http_client(openwire_app)) as client:
        yield client


@pytest.fixture
def openwire_async_client(openwire_app: "LocalAPI") -> "Iterator[AsyncOpenAI]":
    # A plain fixture (no async plugin needed); the in-process transport holds no sockets,
    # so closing it on a throwaway event loop is safe.
    import anyio

    from openwire import AsyncOpenAI
    from openwire.local import LOCAL_BASE_URL, local_async_http_client

    client = AsyncOpenAI(api_key="local", base_url=LOCAL_BASE_URL, http_client=local_async_http_client(openwire_app))
    yield client
    anyio.run(client.close)
