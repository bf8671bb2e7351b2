"""Run openwire offline: an OpenAI-compatible API in memory or on 127.0.0.1.

``OpenAI(api_key="local", http_client=local_http_client())`` talks to it in-process;
``LocalServer`` (or ``python -m openwire.testing --port 8000``) serves it over a socket.
"""

from __future__ import annotations

from typing import Optional

import httpx

from ._app import LocalAPI, LocalResponse, embed_text
from ._http import LocalServer
from ._transport import AsyncLocalTransport, LocalTransport

__all__ = [
    "LocalAPI",
    "LocalResponse",
    "LocalServer",
    "LocalTransport",
    "AsyncLocalTransport",
    "local_http_client",
    "local_async_http_client",
    "embed_text",
    "LOCAL_BASE_URL",
]

LOCAL_BASE_URL = "http://openwire.local/v1"


def local_http_client(app: Optional[LocalAPI] = None) -> httpx.Client:
    """An ``httpx.Client`` answered in-process by the local API (use with ``base_url=LOCAL_BASE_URL``)."""
    return httpx.Client(transport=LocalTransport(app))


def local_async_http_client(app: Optional[LocalAPI] = None) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=AsyncLocalTransport(app))
