"""Shared fixtures.

Tests that compare with the reference ``openai`` package skip when it is not installed, except
when ``OPENWIRE_REQUIRE_REFERENCE=1`` (``.ci/run``), where its absence stops the run.

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


# -- the reference ``openai`` package: tests that compare with it skip cleanly without it ------------

_NO_REFERENCE = "the reference `openai` package is not installed (pip install openai==2.54.0)"


def _missing_reference(exc: BaseException | None) -> bool:
    return isinstance(exc, ModuleNotFoundError) and (exc.name or "").split(".")[0] == "openai"


def pytest_configure(config: pytest.Config) -> None:
    # CI (OPENWIRE_REQUIRE_REFERENCE=1) must run the comparisons: a missing package stops the run.
    if os.environ.get("OPENWIRE_REQUIRE_REFERENCE") == "1":
        import importlib.util

        if importlib.util.find_spec("openai") is None:
            raise pytest.UsageError(f"OPENWIRE_REQUIRE_REFERENCE=1 but {_NO_REFERENCE}")


@pytest.hookimpl(hookwrapper=True)
def pytest_make_collect_report(collector: pytest.Collector) -> Iterator[None]:
    """A test module that imports ``openai`` at the top is reported skipped, not as an error."""
    outcome = yield
    report = outcome.get_result()
    if report.failed and "No module named 'openai'" in str(report.longrepr):
        report.outcome = "skipped"
        report.longrepr = (str(collector.path), 0, f"Skipped: {_NO_REFERENCE}")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """A test that imports ``openai`` in its body is reported skipped, not failed."""
    outcome = yield
    report = outcome.get_result()
    if report.failed and call.excinfo is not None and _missing_reference(call.excinfo.value):
        report.outcome = "skipped"
        report.longrepr = (str(item.path), 0, f"Skipped: {_NO_REFERENCE}")


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
