"""The module-level client: ``openwire.api_key = "..."; openwire.chat.completions.create(...)``.

``openwire.<resource>`` (``openwire/__init__.py``'s ``__getattr__``) returns that resource of a
default client built from the module's settings (``openwire.api_key``, ``openwire.base_url``,
...) and the environment. The client is built on first use and rebuilt when a setting or one
of the environment variables it reads has changed since, so assignments take effect at the next
``openwire.<resource>`` access (a resource object kept in a variable stays with its client).

Which client: ``openwire.api_type`` (or ``OPENAI_API_TYPE``) ``"openai"`` or ``"azure"``;
unset, Azure when only Azure credentials are found (``AZURE_OPENAI_API_KEY``,
``azure_ad_token`` / ``AZURE_OPENAI_AD_TOKEN``, ``azure_ad_token_provider``), and an error when
both those and ``OPENAI_API_KEY`` are set, as in the reference.
"""

from __future__ import annotations

import os
import threading
from typing import Any, Dict, Mapping, Optional, Tuple

from ._client import OpenAI
from ._exceptions import OpenAIError
from ._options import FinalRequestOptions
from ._types import NOT_GIVEN

__all__ = ["SETTINGS", "load_client", "reset_client"]

# Module attributes the default client is built from (their defaults are in __init__.py).
SETTINGS = (
    "api_key",
    "admin_api_key",
    "organization",
    "project",
    "webhook_secret",
    "base_url",
    "timeout",
    "max_retries",
    "default_headers",
    "default_query",
    "http_client",
    "api_type",
    "api_version",
    "azure_endpoint",
    "azure_ad_token",
    "azure_ad_token_provider",
)

# Environment variables the clients read when they are built.
ENV_VARS = (
    "OPENAI_API_KEY",
    "OPENAI_ADMIN_KEY",
    "OPENAI_ORG_ID",
    "OPENAI_PROJECT_ID",
    "OPENAI_WEBHOOK_SECRET",
    "OPENAI_BASE_URL",
    "OPENAI_CUSTOM_HEADERS",
    "OPENAI_API_TYPE",
    "OPENAI_API_VERSION",
    "AZURE_OPENAI_API_KEY",
    "AZURE_OPENAI_AD_TOKEN",
    "AZURE_OPENAI_ENDPOINT",
)

API_TYPES = ("openai", "azure")

_lock = threading.Lock()
_current: Optional[Tuple[Tuple[object, ...], OpenAI]] = None


def _snapshot(settings: Mapping[str, Any]) -> Tuple[object, ...]:
    # Mappings are copied, so that changing `openwire.default_headers` in place counts too.
    values = [dict(v) if isinstance(v, Mapping) else v for v in (settings.get(name) for name in SETTINGS)]
    return (*values, *(os.environ.get(name) for name in ENV_VARS))


def load_client(settings: Mapping[str, Any]) -> OpenAI:
    """The default client for ``settings`` (the package's globals): the last one built, unless
    a setting or the environment changed since."""
    global _current
    snapshot = _snapshot(settings)
    with _lock:
        if _current is None or _current[0] != snapshot:
            # The previous client is left to the garbage collector: a resource taken from it
            # may still be in use.
            _current = (snapshot, _build(settings))
        return _current[1]


def reset_client() -> None:
    """Forget the default client (the next access builds a new one)."""
    global _current
    with _lock:
        _current = None


def _api_type(settings: Mapping[str, Any]) -> str:
    api_type = settings.get("api_type") or os.environ.get("OPENAI_API_TYPE")
    if api_type is None:
        azure = bool(
            os.environ.get("AZURE_OPENAI_API_KEY")
            or settings.get("azure_ad_token")
            or os.environ.get("AZURE_OPENAI_AD_TOKEN")
            or settings.get("azure_ad_token_provider")
        )
        if azure and os.environ.get("OPENAI_API_KEY"):
            raise OpenAIError(
                "Ambiguous use of the module client: both OpenAI and Azure OpenAI credentials are set. "
                "Set `openwire.api_type` or the OPENAI_API_TYPE environment variable to 'openai' or 'azure'."
            )
        return "azure" if azure else "openai"
    if api_type not in API_TYPES:
        raise ValueError(f"`openwire.api_type` must be one of {API_TYPES}, got {api_type!r}")
    return str(api_type)


def _build(settings: Mapping[str, Any]) -> OpenAI:
    options: Dict[str, Any] = {
        "api_key": settings.get("api_key"),
        "admin_api_key": settings.get("admin_api_key"),
        "organization": settings.get("organization"),
        "project": settings.get("project"),
        "webhook_secret": settings.get("webhook_secret"),
        "base_url": settings.get("base_url"),
        "timeout": settings.get("timeout", NOT_GIVEN),
        "max_retries": settings.get("max_retries", 2),
        "default_headers": settings.get("default_headers"),
        "default_query": settings.get("default_query"),
        "http_client": settings.get("http_client"),
    }
    if _api_type(settings) == "azure":
        from ._client import AzureOpenAI

        # Any of the settings may be unset: one mapping, checked by the client at run time
        # rather than against one of its constructor overloads.
        azure: Dict[str, Any] = {
            "api_version": settings.get("api_version"),
            "azure_endpoint": settings.get("azure_endpoint"),
            "azure_ad_token": settings.get("azure_ad_token"),
            "azure_ad_token_provider": settings.get("azure_ad_token_provider"),
        }
        return AzureOpenAI(**options, **azure)
    return _ModuleOpenAI(**options, _enforce_credentials=False)


class _ModuleOpenAI(OpenAI):
    """Reports missing credentials when a request is made rather than when the client is
    built, so that ``mock.patch("openwire.chat.completions.create")`` works without a key."""

    def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        if self.api_key is None and self.admin_api_key is None and self._api_key_provider is None:
            raise OpenAIError(
                "Missing credentials for the module client: set `openwire.api_key` "
                "or the OPENAI_API_KEY environment variable."
            )
        return super()._prepare_options(options)
