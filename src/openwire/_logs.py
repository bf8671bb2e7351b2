"""``OPENAI_LOG=info|debug`` logging, and keeping credentials out of what gets printed.

``info``: the method, URL, status and retries of each request. ``debug`` adds what the
reference logs: each attempt's options (body included), the response headers, the request id
and the error behind a retry. Credentials never appear: ``authorization``, ``api-key`` and the
other key headers, cookies and secret-looking query values are masked. The request of an
exception gets headers whose repr masks every credential, and pickles carry masked copies of
the request and response.

The logger is ``"openwire"``; its parent is the reference's ``"openai"`` logger, so code that
configures ``logging.getLogger("openai")`` (level, handlers) configures openwire's output too.
"""

from __future__ import annotations

import logging
import os
import re
from typing import Any, List, Mapping, Tuple

__all__ = [
    "logger",
    "setup_logging",
    "redact_url",
    "redact_headers",
    "Redacted",
    "options_view",
    "SECRET_HEADERS",
    "MASK",
    "hide_secret_headers",
    "masked_request",
    "masked_response",
]

logger = logging.getLogger("openwire")
# Records still carry the name "openwire"; levels and handlers set on "openai" apply to them.
logger.parent = logging.getLogger("openai")


_SECRET_QUERY = re.compile(r"([?&](?:[^=&]*(?:key|token|secret|signature|sig|password)[^=&]*)=)[^&]*", re.IGNORECASE)


# Headers that carry a credential: the Bearer key, admin key or AD token (``Authorization``), the
# Azure key (``api-key``) and the usual names of other providers' keys.
SECRET_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "api-key", "x-api-key", "x-goog-api-key", "cookie", "set-cookie"}
)
MASK = "[secure]"


def _masked_items(headers: Any) -> List[Tuple[str, str]]:
    return [(key, MASK if key.lower() in SECRET_HEADERS else value) for key, value in headers.multi_items()]


def _masked_headers_class() -> type:
    """``MaskedHeaders``: an ``httpx.Headers`` whose repr masks every credential header (httpx's
    own masks only ``Authorization``). Made on first use, since httpx loads lazily."""
    cls = globals().get("MaskedHeaders")
    if cls is None:
        import httpx

        class MaskedHeaders(httpx.Headers):
            def __repr__(self) -> str:
                items = _masked_items(self)
                shown: object = dict(items) if len(dict(items)) == len(items) else items
                encoding = "" if self.encoding == "ascii" else f", encoding={self.encoding!r}"
                return f"Headers({shown!r}{encoding})"

        MaskedHeaders.__module__ = __name__
        cls = globals()["MaskedHeaders"] = MaskedHeaders
    return cls


def __getattr__(name: str) -> Any:
    # ``MaskedHeaders`` resolves by name (for pickle) without importing httpx at import time.
    if name == "MaskedHeaders":
        return _masked_headers_class()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def hide_secret_headers(request: Any) -> None:
    """Make the repr of ``request.headers`` mask every credential header. The values are kept
    (the caller may still read them); pickles use :func:`masked_request`."""
    import httpx

    if type(getattr(request, "headers", None)) is httpx.Headers:
        request.headers.__class__ = _masked_headers_class()


def masked_request(request: Any) -> Any:
    """A copy of ``request`` (an ``httpx.Request``, body included) whose credential headers read
    :data:`MASK`, and whose URL hides secret-looking query values."""
    import httpx

    content = getattr(request, "_content", None)
    return httpx.Request(
        request.method,
        redact_url(str(request.url)),
        headers=_masked_items(request.headers),
        content=content if isinstance(content, bytes) else None,
        extensions={},
    )


def masked_response(response: Any, request: Any) -> Any:
    """A copy of ``response`` (status, headers, the body if it was read) tied to ``request``."""
    import httpx

    content = getattr(response, "_content", None)
    return httpx.Response(
        response.status_code,
        headers=response.headers.multi_items(),
        content=content if isinstance(content, bytes) else b"",
        request=request,
    )


def redact_url(url: str) -> str:
    return _SECRET_QUERY.sub(r"\1<redacted>", url)


def redact_headers(headers: Mapping[str, Any]) -> dict[str, Any]:
    return {
        key: "<redacted>" if key.lower() in SECRET_HEADERS or "key" in key.lower() else value
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
