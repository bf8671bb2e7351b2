"""The 0.x module-level names: they resolve, and using them raises the removal error, like the reference."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import openwire
from openwire.lib._old_api import SYMBOLS, APIRemovedInV1

openai = pytest.importorskip("openai")


def test_symbols_are_the_ones_the_surface_lists(shared_dir: Path) -> None:
    names = json.loads((shared_dir / "surface" / "client.json").read_text())["module"]["names"]
    listed = {n for n, info in names.items() if info.get("proxy_class") == "APIRemovedInV1Proxy"}
    assert listed == set(SYMBOLS)


@pytest.mark.parametrize("name", SYMBOLS)
def test_access_works_and_use_raises_as_in_the_reference(name: str) -> None:
    ours, theirs = getattr(openwire, name), getattr(openai, name)
    # Attribute access, even chained, does not raise in either.
    assert ours.create is ours and theirs.create is theirs
    ours.a.b  # noqa: B018
    # Calling a method raises the removal error, an OpenAIError in both.
    with pytest.raises(openai.OpenAIError) as ref:
        theirs.create(model="m")
    with pytest.raises(APIRemovedInV1) as err:
        ours.create(model="m")
    assert isinstance(err.value, openwire.OpenAIError)
    assert type(err.value).__name__ == type(ref.value).__name__
    assert [c.__name__ for c in type(err.value).__mro__[1:3]] == [c.__name__ for c in type(ref.value).__mro__[1:3]]
    # Instantiating raises it too.
    with pytest.raises(openai.OpenAIError):
        theirs()
    with pytest.raises(APIRemovedInV1):
        ours()
    message = str(err.value)
    assert f"openwire.{name}" in message and "openai migrate" in message and "openai==0.28" in message


def test_message_points_to_the_v1_call() -> None:
    with pytest.raises(APIRemovedInV1, match=r"client\.chat\.completions\.create"):
        openwire.ChatCompletion.create(model="m", messages=[])


def test_dunder_protocols_are_not_swallowed() -> None:
    import copy

    proxy = openwire.Engine
    with pytest.raises(AttributeError):
        proxy.__wrapped__  # noqa: B018
    assert copy.copy(proxy) is not None
    assert "Engine" in repr(proxy)


def test_override_and_version_module() -> None:
    import typing_extensions

    assert openwire.override is typing_extensions.override is openai.override
    assert openwire.version.VERSION == openwire.__version__
    assert openwire.VERSION == openwire.__version__


def test_old_names_load_nothing_heavy() -> None:
    import subprocess
    import sys

    code = "import sys, openwire; openwire.ChatCompletion; openwire.override; print('httpx' in sys.modules, 'pydantic' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]
