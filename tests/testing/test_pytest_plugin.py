"""The pytest plugin users load into their own suites."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

USER_SUITE = """
import openai
import pytest

from openwire import APIConnectionError


def test_client_fixture(openwire_client, openwire_app):
    openwire_app.replies.add("weather", text="Sunny.")
    reply = openwire_client.chat.completions.create(model="m", messages=[{"role": "user", "content": "weather?"}])
    assert reply.choices[0].message.content == "Sunny."
    assert openwire_app.requests[-1].path == "/chat/completions"


def test_server_fixture_with_any_client(openwire_server):
    client = openai.OpenAI(api_key="x", base_url=openwire_server.url, max_retries=0)
    openwire_server.app.faults.add(path="/models", status=500)
    with pytest.raises(openai.InternalServerError):
        client.models.list()
    assert client.models.list().data


def test_async_client_fixture(openwire_async_client):
    import anyio

    async def main():
        page = await openwire_async_client.models.list()
        return page.data

    assert anyio.run(main)
"""


@pytest.mark.slow
def test_fixtures_work_in_a_user_suite(tmp_path: Path) -> None:
    pytest.importorskip("openai")  # the user suite below uses it
    (tmp_path / "test_user.py").write_text(textwrap.dedent(USER_SUITE))
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "openwire.testing.pytest_plugin",
            "-q",
            "-p",
            "no:cacheprovider",
            str(tmp_path),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 passed" in result.stdout


def test_loading_the_plugin_does_not_load_the_server() -> None:
    code = (
        "import sys, openwire.testing.pytest_plugin; print(any(m.startswith('openwire.local._') for m in sys.modules))"
    )
    assert (
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
        == "False"
    )


def test_importing_openwire_does_not_import_the_server() -> None:
    code = "import sys, openwire; print(any(m.startswith(('openwire.testing', 'openwire.local')) for m in sys.modules))"
    assert (
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
        == "False"
    )


@pytest.mark.slow
def test_the_plugin_is_opt_in(tmp_path: Path) -> None:
    """Installing openwire does not load the plugin into every pytest session of the machine."""
    (tmp_path / "test_user.py").write_text("def test_fixture(openwire_client):\n    pass\n")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "fixture 'openwire_client' not found" in result.stdout


def test_the_old_testing_names_still_import() -> None:
    """``openwire.testing`` re-exports the embedded server (now ``openwire.local``) for earlier imports."""
    import openwire.local
    import openwire.testing
    from openwire.testing import LOCAL_BASE_URL, LocalAPI, LocalServer, local_async_http_client, local_http_client

    assert LocalServer is openwire.local.LocalServer
    assert LocalAPI is openwire.local.LocalAPI
    assert LOCAL_BASE_URL == openwire.local.LOCAL_BASE_URL
    assert local_http_client is openwire.local.local_http_client
    assert local_async_http_client is openwire.local.local_async_http_client
    for name in openwire.local.__all__:
        assert getattr(openwire.testing, name) is getattr(openwire.local, name)
