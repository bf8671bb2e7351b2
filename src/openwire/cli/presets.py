"""What ``--provider NAME[:REGION]`` means on the command line: a preset of
:mod:`openwire.providers` (aliases such as ``dashscope`` or ``kimi`` work too) and a region,
e.g. ``--provider qwen:cn``. The client itself is made by ``OpenAI.for_provider``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from .. import providers as presets
from .errors import UsageError

__all__ = ["ChosenPreset", "chosen_preset"]


@dataclass(frozen=True)
class ChosenPreset:
    """The preset and region ``--provider`` names, with what the commands need from them."""

    name: str
    region: Optional[str]
    key_env: Optional[str]
    """The environment variable holding the API key (``None``: a local server without keys)."""
    chat_model: str
    """The model of ``openwire chat`` / ``openwire responses`` when ``--model`` is not given."""
    placeholder_key: Optional[str]
    """The key sent when none is set (local servers accept any)."""
    emulation: str
    """The wire format the embedded server answers in under ``--local``."""


def chosen_preset(name: str) -> ChosenPreset:
    base, _, region = name.partition(":")
    try:
        preset = presets.get(base)
        presets.resolve_base_url(preset, region or None)  # an unknown region fails here
    except ValueError as err:
        raise UsageError(f"{err}; use --base-url for another server") from None
    return ChosenPreset(
        name=preset.name,
        region=region or None,
        key_env=presets.api_key_env(preset, region or None),
        chat_model=preset.example_models[0] if preset.example_models else "gpt-4o-mini",
        placeholder_key=preset.placeholder_api_key,
        emulation="openai" if preset.azure else preset.name,
    )
