"""Shared fixtures.

Tests that need ../shared (the spec and the reference surface) find it through
``OPENWIRE_SHARED`` (default: ``../shared`` beside the repo). They skip with a clear reason
when it is missing, except when ``OPENWIRE_REQUIRE_SHARED=1`` (set by ``.ci/run``), where the
skip becomes a failure.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

import pytest

if TYPE_CHECKING:
    # Imported in the fixtures: collecting the tests must not import openwire.
    from integration_support import ClientFactory, SleepRecorder
    from scripted_server import ScriptedServer

REPO = Path(__file__).resolve().parent.parent


def shared_path() -> Path:
    return Path(os.environ.get("OPENWIRE_SHARED", REPO.parent / "shared")).resolve()


def require_or_skip(reason: str, env_var: str) -> None:
    """Skip with ``reason``, or fail when ``env_var`` says the resource is required."""
    if os.environ.get(env_var) == "1":
        pytest.fail(f"{reason} ({env_var}=1 makes this an error)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    path = shared_path()
    if not (path / "surface").is_dir():
        require_or_skip(f"../shared not found at {path}; set OPENWIRE_SHARED", "OPENWIRE_REQUIRE_SHARED")
    return path


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


# -- integration tests against a local HTTP server (tests/scripted_server.py) -------------------


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    from scripted_server import ScriptedServer

    with ScriptedServer() as local:
        yield local


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    value: str = request.param
    return value


@pytest.fixture
def make_client(mode: str, server: ScriptedServer) -> Iterator[ClientFactory]:
    """Builds clients against ``server``: ``openwire.OpenAI``, or ``AsyncOpenAI`` driven from a portal."""
    from integration_support import ClientFactory

    factory = ClientFactory(mode, server.url)
    try:
        yield factory
    finally:
        factory.close()


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> SleepRecorder:
    """Retry sleeps return at once; ``sleeps.delays`` lists what was asked for."""
    from integration_support import SleepRecorder

    return SleepRecorder().install(monkeypatch)
