"""Numbers that define the client's default behaviour (see BEHAVIOR.md)."""

from __future__ import annotations

import httpx

DEFAULT_TIMEOUT = httpx.Timeout(timeout=600, connect=5.0)
DEFAULT_MAX_RETRIES = 2
DEFAULT_CONNECTION_LIMITS = httpx.Limits(max_connections=1000, max_keepalive_connections=100, keepalive_expiry=5.0)

INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
# A server asking us to wait longer than this is not waited for: the error is raised at once.
MAX_RETRY_AFTER_DELAY = 120

DEFAULT_BASE_URL = "https://api.openai.com/v1"

# Internal marker header: set by ``with_raw_response`` / ``with_streaming_response`` views and
# stripped before the request is sent.
RAW_RESPONSE_HEADER = "X-Openwire-Raw-Response"
