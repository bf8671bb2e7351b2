"""The top-level namespace: the reference's public names, resolved lazily, with public reprs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import openwire


def test_every_name_in_all_resolves() -> None:
    for name in openwire.__all__:
        if name == "types":
            continue  # the generated types package is covered by the surface-parity test
        assert getattr(openwire, name) is not None, name


def test_exceptions_show_the_public_module() -> None:
    assert openwire.APIError.__module__ == "openwire"
    assert repr(openwire.NotFoundError).startswith("<class 'openwire.NotFoundError'")


def test_sentinels_and_aliases() -> None:
    assert openwire.NOT_GIVEN is openwire.not_given
    assert not openwire.NOT_GIVEN and not openwire.omit
    assert openwire.Client is openwire.OpenAI
    assert openwire.AsyncClient is openwire.AsyncOpenAI


def test_unknown_attribute_raises_attribute_error() -> None:
    with pytest.raises(AttributeError):
        openwire.DoesNotExist  # noqa: B018


def test_runtime_names_of_the_reference_are_exported(shared_dir: Path) -> None:
    reference = json.loads((shared_dir / "surface" / "client.json").read_text())["module"]["__all__"]
    missing = [name for name in reference if not hasattr(openwire, name)]
    assert missing == []
