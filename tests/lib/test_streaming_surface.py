"""The stream helpers have the reference's surface (``../shared/surface``): ``stream`` with the
same parameters, sync and async, not in the raw / streaming views; and in
``openwire.lib.streaming.chat`` / ``.responses`` the same classes, with the same methods
(coroutines where the reference's are), properties, constructor parameters and event fields."""

from __future__ import annotations

import importlib
import inspect
import json
from pathlib import Path
from typing import Any, Dict

import pytest

import openwire

MODULES = ["openai.lib.streaming.chat", "openai.lib.streaming.responses"]


@pytest.fixture(scope="module")
def resources(shared_dir: Path) -> Dict[str, Any]:
    surface: Dict[str, Any] = json.loads((shared_dir / "surface" / "resources.json").read_text())
    return surface


@pytest.fixture(scope="module")
def helper_modules(shared_dir: Path) -> Dict[str, Any]:
    surface: Dict[str, Any] = json.loads((shared_dir / "surface" / "client.json").read_text())
    return surface["helper_modules"]  # type: ignore[no-any-return]


def resource(client: Any, path: str) -> Any:
    for part in path.split("."):
        client = getattr(client, part)
    return client


@pytest.mark.parametrize("path", ["chat.completions", "responses"])
@pytest.mark.parametrize("side", ["sync", "async"])
def test_stream_has_the_reference_parameters(resources: Dict[str, Any], path: str, side: str) -> None:
    theirs = resources[side]["resources"][path]["methods"]["stream"]
    params = theirs.get("params") or resources["sync"]["resources"][path]["methods"]["stream"]["params"]
    client = openwire.OpenAI(api_key="k") if side == "sync" else openwire.AsyncOpenAI(api_key="k")
    ours = resource(client, path)
    method = ours.stream

    # On the async client too, ``stream()`` is a plain call returning an ``async with`` manager.
    assert inspect.iscoroutinefunction(method) == theirs["is_coroutine_function"] is False
    signature = list(inspect.signature(method).parameters.values())
    assert [p.name for p in signature] == [p["name"] for p in params]
    for mine, their in zip(signature, params, strict=True):
        assert mine.kind is inspect.Parameter.KEYWORD_ONLY
        assert (mine.default is inspect.Parameter.empty) == their["required"], mine.name
    assert hasattr(ours.with_raw_response, "stream") == theirs["in_with_raw_response"]
    assert hasattr(ours.with_streaming_response, "stream") == theirs["in_with_streaming_response"]


@pytest.mark.parametrize("module_name", MODULES)
def test_helper_classes_match_the_reference(helper_modules: Dict[str, Any], module_name: str) -> None:
    ours = importlib.import_module("openwire" + module_name[len("openai") :])
    for name, theirs in helper_modules[module_name].items():
        assert hasattr(ours, name), f"{module_name}.{name} is missing"
        cls = getattr(ours, name)
        if theirs["kind"] == "model":
            fields = cls.model_fields
            for field in theirs["fields"]:
                assert field["name"] in fields, f"{name}.{field['name']}"
                assert fields[field["name"]].is_required() == field["required"], f"{name}.{field['name']}"
            continue
        for method_name, method in theirs["methods"].items():
            attribute = getattr(cls, method_name, None)
            assert attribute is not None, f"{name}.{method_name}"
            assert inspect.iscoroutinefunction(attribute) == (method["kind"] == "async_method"), f"{name}.{method_name}"
            ours_params = [p.name for p in inspect.signature(attribute).parameters.values()][1:]
            assert ours_params == [p["name"] for p in method["params"]], f"{name}.{method_name}"
        for property_name in theirs["properties"]:
            assert isinstance(inspect.getattr_static(cls, property_name), property), f"{name}.{property_name}"
        init = [p for p in inspect.signature(cls.__init__).parameters.values()][1:]
        expected = theirs["init"]["params"]
        assert [p.name for p in init] == [p["name"] for p in expected], name
        for mine, their in zip(init, expected, strict=True):
            assert (mine.default is inspect.Parameter.empty) == their["required"], f"{name}({mine.name})"
            assert (mine.kind is inspect.Parameter.KEYWORD_ONLY) == (their["kind"] == "keyword_only"), (
                f"{name}({mine.name})"
            )
        for protocol in theirs.get("dunder_protocols") or ():
            assert hasattr(cls, protocol), f"{name}.{protocol}"


def test_importing_the_resources_does_not_load_the_stream_machinery() -> None:
    import subprocess
    import sys

    code = (
        "import sys, openwire\n"
        "c = openwire.OpenAI(api_key='k'); c.chat.completions; c.responses\n"
        "a = openwire.AsyncOpenAI(api_key='k'); a.chat.completions; a.responses\n"
        "print(sorted(m for m in sys.modules if m.startswith('openwire.lib.streaming.')))"
    )
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert json.loads(loaded.strip().replace("'", '"')) == [
        "openwire.lib.streaming.chat_helpers",
        "openwire.lib.streaming.responses_helpers",
    ]
