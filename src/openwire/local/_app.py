"""The local API: one router over per-resource handlers, with its state, rules and faults.

One :class:`LocalAPI` serves both the in-process httpx transport and the socket server, so what
a test sees in-process is what goes over a socket. Handlers live one module per resource
(``_chat.py``, ``_files.py``, ...) and export ``ROUTES``: ``(method, "/path/{param}", handler)``.
"""

from __future__ import annotations

import logging
import re
import threading
from typing import Callable, List, Mapping, Optional, Sequence, Tuple
from urllib.parse import unquote

from . import _audio, _batches, _chat, _embeddings, _files, _fine_tuning, _images, _model_catalog, _responses
from ._control import handle_control, is_control
from ._embeddings import embed_text
from ._emulated_shapes import emulate_response
from ._emulations import check_emulation
from ._faults import Faults
from ._rules import Replies
from ._state import Clock, Ids, Store
from ._webhooks import Target, Webhooks
from ._wire import APIFailure, LocalRequest, LocalResponse

__all__ = ["LocalAPI", "LocalResponse", "LocalRequest", "embed_text"]

logger = logging.getLogger("openwire.local")

Handler = Callable[..., LocalResponse]
Route = Tuple[str, str, Handler]

_MODULES = (_chat, _responses, _embeddings, _images, _audio, _files, _fine_tuning, _batches, _model_catalog)


def _compile(template: str) -> "re.Pattern[str]":
    return re.compile(re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", template))


class LocalAPI:
    """An OpenAI-compatible API in memory.

    ``replies`` scripts what the model answers, ``faults`` scripts failures, ``webhooks``
    sends signed events, ``clock`` drives simulated lifecycles, ``requests`` records every
    request received. ``api_key`` (optional) makes the server check ``Authorization``.
    ``provider`` (a name of ``EMULATIONS`` in ``_emulations.py``: ``"deepseek"``, ``"mistral"``,
    ``"groq"``, ...; default ``"openai"``) answers chat completions, errors, model lists and
    embeddings in that provider's wire format (``_emulations.py``, ``_emulated_shapes.py``).
    """

    def __init__(
        self,
        *,
        api_key: Optional[str] = None,
        embedding_dimensions: int = 16,
        lifecycle_step: float = 0.5,
        webhook_url: Optional[Target] = None,
        webhook_secret: Optional[str] = None,
        provider: Optional[str] = None,
    ) -> None:
        self.api_key = api_key
        self.provider = check_emulation(provider)
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
        self._routes: List[Tuple[str, "re.Pattern[str]", Handler]] = []
        for module in _MODULES:
            routes: Sequence[Route] = module.ROUTES
            self._routes.extend((method, _compile(path), handler) for method, path, handler in routes)
        _model_catalog.install_defaults(self)

    def handle(
        self, method: str, target: str, body: bytes = b"", headers: Optional[Mapping[str, str]] = None
    ) -> LocalResponse:
        """Answer one request; ``target`` is the path with its query string, as on the wire."""
        return self.handle_request(LocalRequest.build(method, target, body, headers))

    def handle_request(self, request: LocalRequest) -> LocalResponse:
        """Record the request, apply a scripted fault if one fits, else route it.

        Control requests (``/_local/faults``, ... see ``_control.py``) are answered first,
        neither recorded nor faulted.
        """
        if is_control(request.path):
            try:
                self._check_key(request)
                return self._finish(handle_control(self, request))
            except APIFailure as failure:
                return self._finish(failure.to_response())
        with self._requests_lock:
            self.requests.append(request)
        fault = self.faults.take(request)
        if fault is None:
            return self._finish(emulate_response(self.provider, request, self.dispatch(request)))
        response = fault.replacement() or self.dispatch(request)  # raises Disconnect for a dropped connection
        if not fault.scripts_bytes:
            response = emulate_response(self.provider, request, response)
        return self._finish(fault.apply(response))

    def dispatch(self, request: LocalRequest) -> LocalResponse:
        """Route without faults or recording (batches run their lines through this)."""
        try:
            self._check_key(request)
            for method, pattern, handler in self._routes:
                match = pattern.fullmatch(request.path)
                if match and method == request.method:
                    params = {name: unquote(value) for name, value in match.groupdict().items()}
                    return handler(self, request, **params)
            raise APIFailure(404, f"Invalid URL ({request.method} /v1{request.path})", code="unknown_url")
        except APIFailure as failure:
            return failure.to_response()
        except Exception as exc:  # a bug here: answer like the API would, with the cause in the message
            logger.exception("openwire local server: error while answering %s %s", request.method, request.path)
            message = f"The openwire local server failed: {type(exc).__name__}: {exc}"
            return LocalResponse.error(500, message, type="server_error", code="local_server_error")

    def _check_key(self, request: LocalRequest) -> None:
        if self.api_key is None or (request.path.startswith("/_local/") and not is_control(request.path)):
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

    def _finish(self, response: LocalResponse) -> LocalResponse:
        response.headers.setdefault("x-request-id", self.ids.new("req", "_"))
        return response

    def base_url_of(self, request: LocalRequest) -> str:
        """The scheme and host the client used (links the API hands out, e.g. image URLs)."""
        return f"http://{request.headers.get('host', 'openwire.local')}"
