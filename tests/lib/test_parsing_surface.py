"""The ``parse`` helpers have the reference's surface (``../shared/surface/resources.json``):
the same parameters in the same order, sync and async, and the same raw / streaming views."""

from __future__ import annotations

import inspect
import json
from pathlib import Path
from typing import Any, Dict

import pytest

import openwire

RESOURCES = ["chat.completions", "responses"]


@pytest.fixture(scope="module")
def reference(shared_dir: Path) -> Dict[str, Any]:
    surface: Dict[str, Any] = json.loads((shared_dir / "surface" / "resources.json").read_text())
    return surface


def resource(client: Any, path: str) -> Any:
    for part in path.split("."):
        client = getattr(client, part)
    return client


@pytest.mark.parametrize("path", RESOURCES)
@pytest.mark.parametrize("side", ["sync", "async"])
def test_parse_has_the_reference_parameters(reference: Dict[str, Any], path: str, side: str) -> None:
    theirs = reference[side]["resources"][path]["methods"]["parse"]
    params = theirs.get("params") or reference["sync"]["resources"][path]["methods"]["parse"]["params"]
    client = openwire.OpenAI(api_key="k") if side == "sync" else openwire.AsyncOpenAI(api_key="k")
    method = resource(client, path).parse

    assert inspect.iscoroutinefunction(method) == theirs["is_coroutine_function"]
    ours = list(inspect.signature(method).parameters.values())
    assert [p.name for p in ours] == [p["name"] for p in params]
    for mine, their in zip(ours, params, strict=True):
        assert mine.kind is inspect.Parameter.KEYWORD_ONLY
        assert (mine.default is inspect.Parameter.empty) == their["required"], mine.name


@pytest.mark.parametrize("path", RESOURCES)
@pytest.mark.parametrize("side", ["sync", "async"])
def test_raw_and_streaming_views_offer_parse_where_the_reference_does(
    reference: Dict[str, Any], path: str, side: str
) -> None:
    theirs = reference["sync"]["resources"][path]["methods"]["parse"]
    client = openwire.OpenAI(api_key="k") if side == "sync" else openwire.AsyncOpenAI(api_key="k")
    ours = resource(client, path)
    assert hasattr(ours.with_raw_response, "parse") == theirs["in_with_raw_response"]
    assert hasattr(ours.with_streaming_response, "parse") == theirs["in_with_streaming_response"]


def test_pydantic_function_tool_is_a_top_level_name(reference: Dict[str, Any], shared_dir: Path) -> None:
    module = json.loads((shared_dir / "surface" / "client.json").read_text())["module"]["names"]
    theirs = module["pydantic_function_tool"]["params"]
    ours = inspect.signature(openwire.pydantic_function_tool).parameters
    assert [(p.name, p.kind.name.lower()) for p in ours.values()] == [(p["name"], p["kind"]) for p in theirs]
