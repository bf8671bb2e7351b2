"""Where ``--provider NAME`` sends requests: base URL, key variable and default model.

Only ``openai`` is known for now; the provider presets of issue 6 plug in here (one entry per
provider), and every command picks them up through :func:`get_provider`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, Optional

from .errors import UsageError

__all__ = ["Provider", "PROVIDERS", "get_provider"]


@dataclass(frozen=True)
class Provider:
    name: str
    key_env: str
    """The environment variable holding the API key."""
    base_url: Optional[str] = None
    """``None``: the client's default (``OPENAI_BASE_URL``, else https://api.openai.com/v1)."""
    base_url_env: Optional[str] = None
    chat_model: str = "gpt-4o-mini"
    """The model of ``openwire chat`` / ``openwire responses`` when ``--model`` is not given."""


PROVIDERS: Dict[str, Provider] = {
    "openai": Provider(name="openai", key_env="OPENAI_API_KEY", base_url_env="OPENAI_BASE_URL"),
}


def get_provider(name: str) -> Provider:
    try:
        return PROVIDERS[name.lower()]
    except KeyError:
        known = ", ".join(sorted(PROVIDERS))
        raise UsageError(f"unknown provider {name!r} (known: {known}); use --base-url for another server") from None
