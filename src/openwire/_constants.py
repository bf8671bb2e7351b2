"""Numbers that define the client's default behaviour (see BEHAVIOR.md)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

    DEFAULT_TIMEOUT: httpx.Timeout
    DEFAULT_CONNECTION_LIMITS: httpx.Limits

# An int, as in the reference: the read timeout is sent as written (``X-Stainless-Read-Timeout: 600``).
DEFAULT_TIMEOUT_SECONDS = 600
DEFAULT_CONNECT_TIMEOUT_SECONDS = 5.0
DEFAULT_MAX_RETRIES = 2
MAX_CONNECTIONS = 1000
MAX_KEEPALIVE_CONNECTIONS = 100
KEEPALIVE_EXPIRY_SECONDS = 5.0

INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
# A server asking us to wait longer than this is not waited for: the error is raised at once.
MAX_RETRY_AFTER_DELAY = 120

DEFAULT_BASE_URL = "https://api.openai.com/v1"

# What a keyless Azure client (Entra ID token) reports as ``api_key``, as in the reference
# (``openai.lib.azure.API_KEY_SENTINEL``; pydantic-ai compares with it). Never sent.
WORKLOAD_IDENTITY_API_KEY = "workload-identity-auth"
"""``client.api_key`` of a client authenticated by workload identity (as in the reference)."""
AZURE_API_KEY_SENTINEL = "<missing API key>"

# Marker header: set by ``with_raw_response`` (``"raw"``) / ``with_streaming_response``
# (``"stream"``) views and stripped before the request is sent. The reference's name, so that
# ``client.post(..., options={"headers": {RAW_RESPONSE_HEADER: "true"}})`` (litellm) gives a
# ``LegacyAPIResponse`` as it does there.
RAW_RESPONSE_HEADER = "X-Stainless-Raw-Response"


def __getattr__(name: str) -> Any:
    # ``DEFAULT_TIMEOUT`` (an ``httpx.Timeout``) and ``DEFAULT_CONNECTION_LIMITS`` (``httpx.Limits``)
    # are built on first use, so that importing openwire and configuring a client do not import
    # httpx; the first request does.
    if name not in ("DEFAULT_TIMEOUT", "DEFAULT_CONNECTION_LIMITS"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import httpx

    if name == "DEFAULT_TIMEOUT":
        value: Any = httpx.Timeout(timeout=DEFAULT_TIMEOUT_SECONDS, connect=DEFAULT_CONNECT_TIMEOUT_SECONDS)
    else:
        value = httpx.Limits(
            max_connections=MAX_CONNECTIONS,
            max_keepalive_connections=MAX_KEEPALIVE_CONNECTIONS,
            keepalive_expiry=KEEPALIVE_EXPIRY_SECONDS,
        )
    globals()[name] = value
    return value
