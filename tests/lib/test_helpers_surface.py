"""The webhooks, polling and upload helpers have the reference's surface
(``../shared/surface/resources.json``): the same parameters (names, kinds, required-ness,
defaults) in the same order, coroutines exactly where the reference's are, sync and async, and
absent from the raw / streaming views like the reference's; the module-level settings exist."""

from __future__ import annotations

import inspect
import json
from pathlib import Path
from typing import Any, Dict, List, Tuple

import pytest

import openwire

RESOURCES = ["webhooks", "files", "uploads", "vector_stores.files", "vector_stores.file_batches", "videos"]
# Of these, the polling helpers only (run streaming with ``AssistantEventHandler``: not yet).
POLLING_ONLY = ["beta.threads", "beta.threads.runs"]


@pytest.fixture(scope="module")
def reference(shared_dir: Path) -> Dict[str, Any]:
    surface: Dict[str, Any] = json.loads((shared_dir / "surface" / "resources.json").read_text())
    return surface


def helpers(reference: Dict[str, Any]) -> List[Tuple[str, str]]:
    return [
        (path, name)
        for path in RESOURCES + POLLING_ONLY
        for name, method in reference["sync"]["resources"][path]["methods"].items()
        if method["kind"] == "helper" and (path in RESOURCES or "stream" not in name)
    ]


def resource(client: Any, path: str) -> Any:
    for part in path.split("."):
        client = getattr(client, part)
    return client


def test_every_helper_of_these_resources_is_covered(reference: Dict[str, Any]) -> None:
    assert len(helpers(reference)) == 17


@pytest.mark.parametrize("side", ["sync", "async"])
def test_helpers_have_the_reference_signatures(reference: Dict[str, Any], side: str) -> None:
    client = openwire.OpenAI(api_key="k") if side == "sync" else openwire.AsyncOpenAI(api_key="k")
    for path, name in helpers(reference):
        theirs = reference[side]["resources"][path]["methods"][name]
        params = theirs.get("params") or reference["sync"]["resources"][path]["methods"][name]["params"]
        ours = resource(client, path)
        method = getattr(ours, name)
        where = f"{side} {path}.{name}"
        assert inspect.iscoroutinefunction(method) == theirs["is_coroutine_function"], where
        mine = [
            (p.name, p.kind.name.lower(), p.default is inspect.Parameter.empty, repr(p.default).lower())
            for p in inspect.signature(method).parameters.values()
        ]
        expected = [
            (p["name"], p["kind"], p["required"], p.get("default", repr(inspect.Parameter.empty)).lower())
            for p in params
        ]
        assert mine == expected, where
        assert hasattr(ours.with_raw_response, name) == theirs["in_with_raw_response"], where
        assert hasattr(ours.with_streaming_response, name) == theirs["in_with_streaming_response"], where


def test_the_module_client_settings_exist(shared_dir: Path) -> None:
    names = json.loads((shared_dir / "surface" / "client.json").read_text())["module"]["names"]
    settings = sorted(name for name, entry in names.items() if entry.get("module_client_setting"))
    assert [name for name in settings if not hasattr(openwire, name)] == []
