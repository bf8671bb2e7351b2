"""AzureOpenAI / AsyncAzureOpenAI declare the reference's constructor overloads (for type checkers)."""

from __future__ import annotations

import inspect
import json
import typing
from pathlib import Path

import pytest

import openwire


@pytest.mark.parametrize("name", ["AzureOpenAI", "AsyncAzureOpenAI"])
def test_overloads_match_the_surface(name: str, shared_dir: Path) -> None:
    reference = json.loads((shared_dir / "surface" / "client.json").read_text())["clients"][name]
    expected = [
        [(p["name"], p["required"]) for p in overload["params"]] for overload in reference["constructor_overloads"]
    ]
    ours = [
        [(n, p.default is inspect.Parameter.empty) for n, p in inspect.signature(o).parameters.items() if n != "self"]
        for o in typing.get_overloads(getattr(openwire, name).__init__)
    ]
    assert len(ours) == len(expected) == 3
    for got, want in zip(ours, expected, strict=True):
        # `project` is accepted by every overload here (the reference's sync overloads omit it).
        assert [p for p in got if p[0] != "project"] == [p for p in want if p[0] != "project"]
