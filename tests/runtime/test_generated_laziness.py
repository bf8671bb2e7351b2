"""The generated tree stays lazy: a client imports no API type until a resource is used, and a
resource imports only the types its methods return."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest


def _loaded(code: str) -> list[str]:
    script = code + "\nimport sys, json\nprint(json.dumps(sorted(m for m in sys.modules if m.startswith('openwire.'))))"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    return list(json.loads(out.splitlines()[-1]))


def test_a_client_imports_no_types_and_no_resources() -> None:
    loaded = _loaded("import openwire\nopenwire.OpenAI(api_key='k'); openwire.AsyncOpenAI(api_key='k')")
    assert not [m for m in loaded if m.startswith(("openwire.types", "openwire.resources"))]


def test_a_resource_imports_only_what_it_returns() -> None:
    loaded = _loaded("import openwire\nopenwire.OpenAI(api_key='k').chat.completions")
    types = [m for m in loaded if m.startswith("openwire.types.")]
    assert "openwire.types.chat.chat_completion" in types
    assert not [m for m in types if m.startswith(("openwire.types.responses", "openwire.types.audio"))]
    assert len(types) < 20, types
    # Request TypedDicts are for type checkers only.
    assert "openwire.types.chat.completion_create_params" not in types


def test_importing_one_type_module_does_not_import_its_package() -> None:
    loaded = _loaded("from openwire.types.chat import ChatCompletion")
    types = [m for m in loaded if m.startswith("openwire.types.")]
    assert "openwire.types.chat.chat_completion_chunk" not in types
    assert len(types) < 15, types


_IMPORT_EACH_ALONE = """
import importlib, json, pathlib, sys
import openwire
root = pathlib.Path(openwire.__file__).parent
failed = []
for package in ("types", "resources"):
    for path in sorted((root / package).rglob("*.py")):
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        for loaded in [m for m in sys.modules if m.startswith(("openwire.types", "openwire.resources"))]:
            del sys.modules[loaded]
        try:
            importlib.import_module(name)
        except Exception as error:
            failed.append(f"{name}: {error!r}")
print(json.dumps(failed))
"""


@pytest.mark.slow
def test_every_generated_module_imports_on_its_own() -> None:
    # Types that refer to each other across modules must not close an import cycle at import
    # time, whichever module is imported first.
    out = subprocess.run([sys.executable, "-c", _IMPORT_EACH_ALONE], capture_output=True, text=True, check=True).stdout
    assert json.loads(out.splitlines()[-1]) == []
