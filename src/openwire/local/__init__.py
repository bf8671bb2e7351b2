"""Run openwire offline: an OpenAI-compatible API in memory or on 127.0.0.1.

``OpenAI(api_key="local", base_url=LOCAL_BASE_URL, http_client=local_http_client())`` talks to
it in-process; ``LocalServer`` (or ``openwire serve --port 8000``, also ``python -m
openwire.local``) serves it over a socket; ``LocalServer(provider="deepseek")``
(``--provider``) answers in that provider's wire format. Over a socket it also speaks the
Realtime API and Responses over WebSocket (``sockets/``; needs ``openwire[realtime]``).
``app.replies`` scripts the answers,
``app.faults`` scripts failures (``_faults.py``); from outside the process, ``--reply`` /
``--fault`` or ``POST /_local/replies`` / ``/_local/faults`` do the same (``_control.py``).
The pytest plugin (``pytest -p openwire.testing.pytest_plugin``) gives ``openwire_server`` and
``openwire_client`` fixtures.

Names resolve on first use, so loading the pytest plugin does not load the server.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Optional

if TYPE_CHECKING:
    import httpx

    from ._app import LocalAPI, LocalRequest, LocalResponse
    from ._faults import Fault, Faults
    from ._http import LocalServer
    from ._media import png, wav
    from ._model_math import embed_text
    from ._rules import Replies, Reply
    from ._schema_instance import schema_instance
    from ._transport import AsyncLocalTransport, LocalTransport
    from ._webhooks import Delivery, sign

__all__ = [
    "LocalAPI",
    "LocalRequest",
    "LocalResponse",
    "LocalServer",
    "LocalTransport",
    "AsyncLocalTransport",
    "Replies",
    "Reply",
    "Faults",
    "Fault",
    "Delivery",
    "local_http_client",
    "local_async_http_client",
    "embed_text",
    "schema_instance",
    "sign",
    "png",
    "wav",
    "LOCAL_BASE_URL",
]

LOCAL_BASE_URL = "http://openwire.local/v1"

_LAZY = {
    "LocalAPI": "._app",
    "LocalRequest": "._wire",
    "LocalResponse": "._wire",
    "LocalServer": "._http",
    "LocalTransport": "._transport",
    "AsyncLocalTransport": "._transport",
    "Replies": "._rules",
    "Reply": "._rules",
    "Faults": "._faults",
    "Fault": "._faults",
    "Delivery": "._webhooks",
    "embed_text": "._model_math",
    "schema_instance": "._schema_instance",
    "sign": "._webhooks",
    "png": "._media",
    "wav": "._media",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> "list[str]":
    return sorted(__all__)


def local_http_client(app: "Optional[LocalAPI]" = None) -> "httpx.Client":
    """An ``httpx.Client`` answered in-process by ``app`` (use with ``base_url=LOCAL_BASE_URL``)."""
    import httpx

    from ._transport import LocalTransport

    return httpx.Client(transport=LocalTransport(app))


def local_async_http_client(app: "Optional[LocalAPI]" = None) -> "httpx.AsyncClient":
    """The async twin of :func:`local_http_client`."""
    import httpx

    from ._transport import AsyncLocalTransport

    return httpx.AsyncClient(transport=AsyncLocalTransport(app))
