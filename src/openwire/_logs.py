"""``OPENAI_LOG=info|debug`` logging. Lines name the method, URL, status and retries: never a
header, so never a key or token; secret-looking query values are masked too."""

from __future__ import annotations

import logging
import os
import re

__all__ = ["logger", "setup_logging", "redact_url", "Redacted"]

logger = logging.getLogger("openwire")

_SECRET_QUERY = re.compile(r"([?&](?:[^=&]*(?:key|token|secret|signature|sig|password)[^=&]*)=)[^&]*", re.IGNORECASE)


def redact_url(url: str) -> str:
    return _SECRET_QUERY.sub(r"\1<redacted>", url)


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
