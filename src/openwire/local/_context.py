"""What every handler sees: the server's state, scripting and routing (``app`` in the handlers).

:class:`Context` knows no resource module: the route table is handed in (``routes/``), so
the handlers can type their ``app`` argument without an import circle. :class:`LocalAPI`
(``_app.py``) builds on it with what happens before routing: control requests, recording,
faults and the provider's wire format.
"""

from __future__ import annotations

import logging
import threading
from typing import List, Optional, Sequence

from ._faults import Faults
from ._router import Route, Router
from ._rules import Replies
from ._state import Clock, Ids, Store
from ._webhooks import Target, Webhooks
from ._wire import APIFailure, LocalRequest, LocalResponse

__all__ = ["Context"]

logger = logging.getLogger("openwire.local")

ADMIN_PATHS = ("/organization/", "/projects/")  # the admin API's paths (``client.admin.*``)


class Context:
    """State (``store``, ``clock``, ``ids``), scripting (``replies``, ``faults``, ``webhooks``),
    the record of ``requests`` and routing (:meth:`dispatch`)."""

    def __init__(
        self,
        routes: Sequence[Route],
        *,
        provider: str,
        api_key: Optional[str],
        embedding_dimensions: int,
        admin_api_key: Optional[str] = None,
        lifecycle_step: float,
        webhook_url: Optional[Target],
        webhook_secret: Optional[str],
    ) -> None:
        self.api_key = api_key
        self.admin_api_key = admin_api_key
        self.provider = provider
        self.embedding_dimensions = embedding_dimensions
        self.lifecycle_step = lifecycle_step
        self.replies = Replies()
        self.faults = Faults()
        self.clock = Clock()
        self.ids = Ids()
        self.store = Store()
        self.webhooks = Webhooks(self.clock, self.ids)
        if webhook_url is not None:
            self.webhooks.configure(webhook_url, webhook_secret)
        self.requests: List[LocalRequest] = []
        self._requests_lock = threading.Lock()
        self._router = Router(routes)

    def dispatch(self, request: LocalRequest) -> LocalResponse:
        """Route without faults or recording (batches run their lines through this)."""
        try:
            self.check_key(request)
            found = self._router.find(request.method, request.path)
            if found is None:
                raise APIFailure(404, f"Invalid URL ({request.method} /v1{request.path})", code="unknown_url")
            handler, params = found
            return handler(self, request, **params)
        except APIFailure as failure:
            return failure.to_response()
        except Exception as exc:  # a bug here: answer like the API would, with the cause in the message
            logger.exception("openwire local server: error while answering %s %s", request.method, request.path)
            message = f"The openwire local server failed: {type(exc).__name__}: {exc}"
            return LocalResponse.error(500, message, type="server_error", code="local_server_error")

    def check_key(self, request: LocalRequest, *, exempt_links: bool = True) -> None:
        """A 401 unless the request carries ``api_key`` (when one is set); the admin API
        (``ADMIN_PATHS``) takes ``admin_api_key`` instead, when one is set."""
        if self.admin_api_key is not None and request.path.startswith(ADMIN_PATHS):
            if request.headers.get("authorization") != f"Bearer {self.admin_api_key}":
                raise APIFailure(
                    401,
                    "Incorrect admin API key provided: the admin API (/organization/..., /projects/...) takes an admin key "
                    "(OPENAI_ADMIN_KEY), as set on this openwire.local server.",
                    code="invalid_api_key",
                )
            return
        if self.api_key is None or (exempt_links and request.path.startswith("/_local/")):
            return  # links the server hands out (``/_local/images/...``) work without a key
        # OpenAI sends ``Authorization: Bearer``; Azure OpenAI sends ``api-key``.
        if (
            request.headers.get("authorization") != f"Bearer {self.api_key}"
            and request.headers.get("api-key") != self.api_key
        ):
            raise APIFailure(
                401,
                "Incorrect API key provided. You can find your API key in your openwire.local setup.",
                code="invalid_api_key",
            )

    def record(self, request: LocalRequest) -> None:
        with self._requests_lock:
            self.requests.append(request)

    def recorded(self) -> List[LocalRequest]:
        """A snapshot of ``requests`` (safe while the server answers on other threads)."""
        with self._requests_lock:
            return list(self.requests)

    def forget_requests(self) -> int:
        """Empty ``requests``; returns how many there were."""
        with self._requests_lock:
            count = len(self.requests)
            self.requests.clear()
        return count

    def base_url_of(self, request: LocalRequest) -> str:
        """The scheme and host the client used (links the API hands out, e.g. image URLs)."""
        return f"http://{request.headers.get('host', 'openwire.local')}"
