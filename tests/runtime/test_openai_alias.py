"""The ``openai`` alias: ``openwire.alias.install()`` and ``python -m openwire.run`` make
``import openai`` give openwire's modules, with the reference version at the top."""

from __future__ import annotations

import importlib
import importlib.util
import json
import os
import subprocess
import sys
import textwrap
import types
from pathlib import Path
from typing import Dict, Iterator, List
from unittest import mock

import pytest

import openwire
import openwire.alias
from openwire.alias import REFERENCE_VERSION, AliasError


@pytest.fixture
def alias() -> Iterator[types.ModuleType]:
    """The alias installed in this process for one test; the modules named ``openai`` before it
    (the reference, imported by the differential tests) are put back afterwards."""
    saved: Dict[str, types.ModuleType] = {
        name: sys.modules.pop(name) for name in list(sys.modules) if name == "openai" or name.startswith("openai.")
    }
    meta_path = list(sys.meta_path)
    try:
        yield openwire.alias.install()
    finally:
        sys.meta_path[:] = meta_path
        for name in [name for name in sys.modules if name == "openai" or name.startswith("openai.")]:
            del sys.modules[name]
        sys.modules.update(saved)


def test_submodules_are_the_openwire_modules(alias: types.ModuleType) -> None:
    import openai.types.chat  # noqa: F401  (the import under test)
    from openai.types.chat import ChatCompletion

    import openwire.types.chat

    assert sys.modules["openai.types.chat"] is sys.modules["openwire.types.chat"]
    assert sys.modules["openai.types"] is sys.modules["openwire.types"]
    assert ChatCompletion is openwire.types.chat.ChatCompletion
    completion = openwire.types.chat.ChatCompletion.construct(id="c", choices=[], created=0, model="m")
    assert isinstance(completion, ChatCompletion)
    # The modules keep their own identity: pickling and reloading see openwire's names.
    assert openwire.types.chat.__spec__ is not None and openwire.types.chat.__spec__.name == "openwire.types.chat"
    assert ChatCompletion.__module__.startswith("openwire.")


def test_the_top_level_reports_the_reference_version_and_forwards_the_rest(alias: types.ModuleType) -> None:
    import openai
    import openai._version
    import openai.version
    from openai import OpenAI

    assert openai is alias
    assert openai.__version__ == REFERENCE_VERSION == "2.54.0"
    assert openwire.__version__ != REFERENCE_VERSION
    assert openai._version.__version__ == REFERENCE_VERSION and openai.version.VERSION == REFERENCE_VERSION
    assert openwire._version.__version__ == openwire.__version__  # untouched by the alias
    assert OpenAI is openwire.OpenAI and openai.AsyncOpenAI is openwire.AsyncOpenAI  # lazy names too
    assert openai.APIError is openwire.APIError and openai.NOT_GIVEN is openwire.NOT_GIVEN
    assert "OpenAI" in dir(openai)


def test_patching_a_name_of_openai_patches_openwire_and_is_undone(alias: types.ModuleType) -> None:
    import openai

    original = openwire.OpenAI
    with mock.patch("openai.OpenAI") as patched:
        assert openai.OpenAI is patched and openwire.OpenAI is patched
    assert openai.OpenAI is original and openwire.OpenAI is original


def test_a_module_openwire_lacks_raises_module_not_found_naming_it(alias: types.ModuleType) -> None:
    with pytest.raises(ModuleNotFoundError) as raised:
        importlib.import_module("openai.types.no_such_module")
    assert raised.value.name == "openai.types.no_such_module"
    assert "openai.types.no_such_module" in str(raised.value)


def test_installing_twice_is_a_no_op(alias: types.ModuleType) -> None:
    finders = [finder for finder in sys.meta_path if type(finder).__module__ == "openwire.alias"]
    assert openwire.alias.install() is alias
    assert [finder for finder in sys.meta_path if type(finder).__module__ == "openwire.alias"] == finders
    assert len(finders) == 1 and openwire.alias.is_installed()


def test_it_refuses_when_the_real_openai_was_imported_first(monkeypatch: pytest.MonkeyPatch) -> None:
    real = types.ModuleType("openai")
    real.__file__ = "/site-packages/openai/__init__.py"
    monkeypatch.setitem(sys.modules, "openai", real)
    meta_path = list(sys.meta_path)
    with pytest.raises(AliasError, match=r"already imported \(/site-packages/openai/__init__\.py\).*before"):
        openwire.alias.install()
    assert sys.meta_path == meta_path and sys.modules["openai"] is real


# -- whole programs -----------------------------------------------------------------------------


def run(args: List[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], cwd=cwd, capture_output=True, text=True, timeout=120, env={**os.environ, **env}
    )


def test_importing_the_alias_module_is_light(tmp_path: Path) -> None:
    code = "import sys, openwire.alias; print(sorted(m for m in ('httpx', 'pydantic', 'openai') if m in sys.modules))"
    assert run(["-c", code], tmp_path).stdout.strip() == "[]"


def test_a_real_import_openai_then_install_fails_with_the_advice(tmp_path: Path) -> None:
    fake_site = tmp_path / "site"
    (fake_site / "openai").mkdir(parents=True)
    (fake_site / "openai" / "__init__.py").write_text("__version__ = 'real'\n")
    result = run(["-c", "import openai, openwire.alias; openwire.alias.install()"], tmp_path, PYTHONPATH=str(fake_site))
    assert result.returncode == 1
    assert "AliasError: cannot alias 'openai' to openwire: the real openai package is already imported" in result.stderr
    assert "python -m openwire.run" in result.stderr


def test_the_module_level_client_is_configured_through_the_alias(tmp_path: Path) -> None:
    from openwire.local import LocalServer

    program = textwrap.dedent(
        """
        import sys, openwire.alias
        openwire.alias.install()
        import openai, openwire
        openai.api_key = "sk-alias"
        openai.base_url = sys.argv[1]
        assert openwire.api_key == "sk-alias"
        completion = openai.chat.completions.create(model="gpt-test", messages=[{"role": "user", "content": "hi"}])
        print(type(completion).__module__, completion.choices[0].message.content)
        """
    )
    with LocalServer() as server:
        result = run(["-c", program, server.url], tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["openwire.types.chat.chat_completion", "You", "said:", "hi"]


PROBE = """
import json, sys
import openai, openai.types.chat
report = {
    "argv": sys.argv,
    "name": __name__,
    "path0": sys.path[0],
    "version": openai.__version__,
    "same": sys.modules["openai.types.chat"] is sys.modules.get("openwire.types.chat"),
}
print(json.dumps(report))
if len(sys.argv) > 1 and sys.argv[1] == "crash":
    raise ValueError("boom")
sys.exit(int(sys.argv[-1]) if sys.argv[-1].isdigit() else 0)
"""


def shadowing_openai(tmp_path: Path) -> str:
    """A PYTHONPATH entry with a package named ``openai``, which the alias must win over."""
    site = tmp_path / "site"
    (site / "openai").mkdir(parents=True)
    (site / "openai" / "__init__.py").write_text("raise ImportError('the real openai was imported')\n")
    return str(site)


def test_the_launcher_runs_a_script_as_main_with_its_argv_and_exit_status(tmp_path: Path) -> None:
    script = tmp_path / "app" / "prog.py"
    script.parent.mkdir()
    script.write_text(PROBE)
    result = run(
        ["-m", "openwire.run", "app/prog.py", "--flag", "x", "7"], tmp_path, PYTHONPATH=shadowing_openai(tmp_path)
    )
    assert result.returncode == 7, result.stderr
    report = json.loads(result.stdout)
    assert report["argv"] == ["app/prog.py", "--flag", "x", "7"]
    assert report["name"] == "__main__"
    assert report["path0"] == str(script.parent.resolve())  # as `python app/prog.py`
    assert report["version"] == REFERENCE_VERSION and report["same"] is True

    crashed = run(["-m", "openwire.run", str(script), "crash"], tmp_path)
    assert crashed.returncode == 1
    assert "ValueError: boom" in crashed.stderr


def test_the_launcher_runs_a_module_like_python_dash_m(tmp_path: Path) -> None:
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "__init__.py").write_text("")
    (tmp_path / "pkg" / "tool.py").write_text(PROBE)
    result = run(["-m", "openwire.run", "-m", "pkg.tool", "a", "3"], tmp_path, PYTHONPATH=shadowing_openai(tmp_path))
    assert result.returncode == 3, result.stderr
    report = json.loads(result.stdout)
    assert report["argv"] == [str(tmp_path / "pkg" / "tool.py"), "a", "3"]
    assert report["name"] == "__main__"
    assert report["version"] == REFERENCE_VERSION and report["same"] is True


def test_the_launcher_without_a_target_prints_its_usage(capsys: pytest.CaptureFixture[str]) -> None:
    from openwire.run import main

    for args in ([], ["-m"]):
        with pytest.raises(SystemExit) as exited:
            main(args)
        assert exited.value.code == 2
        assert capsys.readouterr().err.startswith("usage: python -m openwire.run")
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0 and capsys.readouterr().out.startswith("usage:")
    assert not openwire.alias.is_installed()


# -- a library built on openai, unchanged, on openwire ------------------------------------------

INSTRUCTOR_PROGRAM = """
import sys
import instructor
import openai
from pydantic import BaseModel

class City(BaseModel):
    name: str
    population: int

client = instructor.from_openai(openai.OpenAI(base_url=sys.argv[1], api_key="local"))
city = client.chat.completions.create(
    model="gpt-4o-mini", response_model=City, messages=[{"role": "user", "content": "Biggest city in France?"}]
)
assert isinstance(city, City), city
assert type(client.client).__module__ == "openwire._client", type(client.client)
assert sys.modules["openai.types.chat"] is sys.modules["openwire.types.chat"]
print(type(city).__name__, type(city.name).__name__, type(city.population).__name__, openai.__version__)
"""


def test_instructor_runs_unchanged_on_openwire_through_the_launcher(tmp_path: Path) -> None:
    """instructor (pinned in the dev extra) checks ``isinstance(client, openai.OpenAI)`` and calls
    ``chat.completions.create`` with tools; the local server answers with a schema-shaped call."""
    if importlib.util.find_spec("instructor") is None:
        from conftest import require_or_skip

        require_or_skip("instructor is not installed (pip install -e '.[dev]')", "OPENWIRE_REQUIRE_REFERENCE")
    from openwire.local import LocalServer

    (tmp_path / "structured.py").write_text(INSTRUCTOR_PROGRAM)
    with LocalServer() as server:
        result = run(["-m", "openwire.run", "structured.py", server.url], tmp_path)
        requests = list(server.app.requests)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["City", "str", "int", REFERENCE_VERSION]
    (request,) = requests
    assert (request.method, request.path) == ("POST", "/chat/completions")
    assert json.loads(request.body)["tools"][0]["function"]["name"] == "City"


# pydantic-ai and openai-agents (pinned in the dev extra at the versions ECOSYSTEM.md scanned) run
# their agent loops through the alias: chat with a tool, structured output, the Responses API and a
# stream. Each agent run uses its own event loop (run_sync, asyncio.run) on one AsyncOpenAI, as their
# users' code does: pooled connections from a closed loop are retried on a fresh one (as the reference).
PYDANTIC_AI_PROGRAM = """
import asyncio
import sys
import openai
from pydantic import BaseModel
from pydantic_ai import Agent
from pydantic_ai.models.openai import OpenAIChatModel, OpenAIResponsesModel
from pydantic_ai.providers.openai import OpenAIProvider

client = openai.AsyncOpenAI(base_url=sys.argv[1], api_key="local")
provider = OpenAIProvider(openai_client=client)
chat = OpenAIChatModel("gpt-4o-mini", provider=provider)
calls = []

def add(a: int, b: int) -> int:
    \"\"\"Add two numbers.\"\"\"
    calls.append((a, b))
    return a + b

class City(BaseModel):
    name: str
    country: str

print(Agent(chat, tools=[add]).run_sync("hello there").output)
print(type(Agent(chat, output_type=City).run_sync("a city").output).__name__)
print(Agent(OpenAIResponsesModel("gpt-4o-mini", provider=provider)).run_sync("hello responses").output)

async def streamed() -> str:
    async with Agent(chat).run_stream("stream please") as run:
        return "".join([piece async for piece in run.stream_text(delta=True)])

print(asyncio.run(streamed()))
print(type(client).__module__.split(".")[0])
"""

AGENTS_PROGRAM = """
import asyncio
import sys
import openai
from agents import Agent, OpenAIChatCompletionsModel, Runner, function_tool, set_default_openai_client
from agents import set_tracing_disabled

set_tracing_disabled(True)
client = openai.AsyncOpenAI(base_url=sys.argv[1], api_key="local")
set_default_openai_client(client, use_for_tracing=False)

@function_tool
def add(a: int, b: int) -> int:
    \"\"\"Add two numbers.\"\"\"
    return a + b

responses_agent = Agent(name="r", instructions="Be brief.", model="gpt-4o-mini", tools=[add])
print(Runner.run_sync(responses_agent, "hello responses").final_output)
chat_agent = Agent(name="c", instructions="Be brief.", model=OpenAIChatCompletionsModel("gpt-4o-mini", client))
print(Runner.run_sync(chat_agent, "hello chat").final_output)

async def streamed() -> str:
    run = Runner.run_streamed(chat_agent, "stream please")
    kinds = {event.type async for event in run.stream_events()}
    assert "raw_response_event" in kinds, kinds
    return str(run.final_output)

print(asyncio.run(streamed()))
print(type(client).__module__.split(".")[0])
"""


def _run_library_program(
    tmp_path: Path, module: str, program: str, launcher: List[str]
) -> "tuple[List[str], List[str]]":
    if importlib.util.find_spec(module) is None:
        from conftest import require_or_skip

        require_or_skip(f"{module} is not installed (pip install -e '.[dev]')", "OPENWIRE_REQUIRE_REFERENCE")
    from openwire.local import LocalServer

    (tmp_path / "program.py").write_text(program)
    with LocalServer() as server:
        result = run([*launcher, "program.py", server.url], tmp_path)
        paths = [request.path for request in server.app.requests]
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout.splitlines(), paths


def _same_as_the_reference(tmp_path: Path, module: str, program: str) -> "tuple[List[str], List[str]]":
    """The program's output and the requests the server saw, on openwire (through the launcher);
    the same program on the real ``openai`` package gives the same."""
    lines, paths = _run_library_program(tmp_path, module, program, ["-m", "openwire.run"])
    assert lines.pop() == "openwire"  # the client's class came from openwire
    if importlib.util.find_spec("openai") is not None:
        reference_lines, reference_paths = _run_library_program(tmp_path, module, program, [])
        assert (reference_lines.pop(), reference_lines, reference_paths) == ("openai", lines, paths)
    return lines, paths


@pytest.mark.slow
def test_pydantic_ai_agents_run_unchanged_on_openwire(tmp_path: Path) -> None:
    lines, paths = _same_as_the_reference(tmp_path, "pydantic_ai", PYDANTIC_AI_PROGRAM)
    assert lines == ["You said: hello there", "City", "You said: hello responses", "You said: stream please"]
    assert set(paths) == {"/chat/completions", "/responses"}, paths


@pytest.mark.slow
def test_openai_agents_run_unchanged_on_openwire(tmp_path: Path) -> None:
    lines, paths = _same_as_the_reference(tmp_path, "agents", AGENTS_PROGRAM)
    assert lines == ["You said: hello responses", "You said: hello chat", "You said: stream please"]
    assert paths[0] == "/responses" and set(paths[1:]) == {"/chat/completions"}, paths
