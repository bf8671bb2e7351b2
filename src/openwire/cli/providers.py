"""Where ``--provider NAME`` sends requests: base URL, key variable and default model.

One entry per preset of :mod:`openwire.providers` (aliases such as ``dashscope`` or ``kimi``
work too); ``NAME:REGION`` picks a region, e.g. ``--provider qwen:cn``. Every command picks
them up through :func:`get_provider`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, Optional

from .. import providers as presets
from .errors import UsageError

__all__ = ["Provider", "PROVIDERS", "get_provider"]


@dataclass(frozen=True)
class Provider:
    name: str
    key_env: Optional[str]
    """The environment variable holding the API key (``None``: a local server without keys)."""
    base_url: Optional[str] = None
    """``None``: the client's default (``OPENAI_BASE_URL``, else https://api.openai.com/v1)."""
    base_url_env: Optional[str] = None
    chat_model: str = "gpt-4o-mini"
    """The model of ``openwire chat`` / ``openwire responses`` when ``--model`` is not given."""
    placeholder_key: Optional[str] = None
    """The key sent when none is set (local servers accept any)."""
    azure: bool = False
    emulation: str = "openai"
    """The wire format the embedded server answers in under ``--local``."""


def _from_preset(preset: presets.Provider, region: Optional[str] = None) -> Provider:
    return Provider(
        name=preset.name,
        key_env=presets.api_key_env(preset, region),
        base_url=presets.resolve_base_url(preset, region),
        base_url_env="OPENAI_BASE_URL" if preset.name == "openai" else None,
        chat_model=preset.example_models[0] if preset.example_models else "gpt-4o-mini",
        placeholder_key=preset.placeholder_api_key,
        azure=preset.azure,
        emulation="openai" if preset.azure else preset.name,
    )


PROVIDERS: Dict[str, Provider] = {name: _from_preset(preset) for name, preset in presets.PROVIDERS.items()}


def get_provider(name: str) -> Provider:
    base, _, region = name.partition(":")
    try:
        return _from_preset(presets.get(base), region or None)
    except ValueError as err:
        raise UsageError(f"{err}; use --base-url for another server") from None
