"""``OPENAI_LOG=info|debug`` logging.

``info``: the method, URL, status and retries of each request. ``debug`` adds what the
reference logs: each attempt's options (body included), the response headers, the request id
and the error behind a retry. Credentials never appear: ``authorization``, ``api-key``,
cookies and secret-looking query values are masked.

The logger is ``"openwire"``; its parent is the reference's ``"openai"`` logger, so code that
configures ``logging.getLogger("openai")`` (level, handlers) configures openwire's output too.
"""

from __future__ import annotations

import logging
import os
import re
from typing import Any, Mapping

__all__ = ["logger", "setup_logging", "redact_url", "redact_headers", "Redacted", "options_view"]

logger = logging.getLogger("openwire")
# Records still carry the name "openwire"; levels and handlers set on "openai" apply to them.
logger.parent = logging.getLogger("openai")

_SECRET_HEADERS = frozenset({"authorization", "api-key", "cookie", "set-cookie", "proxy-authorization"})

_SECRET_QUERY = re.compile(r"([?&](?:[^=&]*(?:key|token|secret|signature|sig|password)[^=&]*)=)[^&]*", re.IGNORECASE)


def redact_url(url: str) -> str:
    return _SECRET_QUERY.sub(r"\1<redacted>", url)


def redact_headers(headers: Mapping[str, Any]) -> dict[str, Any]:
    return {
        key: "<redacted>" if key.lower() in _SECRET_HEADERS or "key" in key.lower() else value
        for key, value in headers.items()
    }


def options_view(options: Any) -> dict[str, Any]:
    """What a debug line shows of a request's options (``FinalRequestOptions``)."""
    view = {
        "method": options.method,
        "url": options.url,
        "params": options.params,
        "headers": redact_headers(options.headers) if options.headers else None,
        "json_data": options.json_data,
        "files": None if options.files is None else "<files>",
        "idempotency_key": options.idempotency_key,
    }
    return {key: value for key, value in view.items() if value is not None}


class Redacted:
    """A URL for a log line, redacted only if the line is actually written (keeps the hot path cheap)."""

    __slots__ = ("url",)

    def __init__(self, url: object) -> None:
        self.url = url

    def __str__(self) -> str:
        return redact_url(str(self.url))


def setup_logging() -> None:
    level_name = os.environ.get("OPENAI_LOG", "").lower()
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(level_name)
    if level is None or logger.handlers:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
