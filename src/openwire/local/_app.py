"""The local API: control requests, recording and faults in front of the routed handlers.

One :class:`LocalAPI` serves both the in-process httpx transport and the socket server, so what
a test sees in-process is what goes over a socket. Handlers live one module per resource in
``routes/`` (``routes/chat.py``, ...), ``_router.py`` matches them, ``_context.py`` holds the
state the handlers see.
"""

from __future__ import annotations

import importlib.util
from typing import TYPE_CHECKING, Mapping, Optional, Tuple, Union

from ._context import Context
from ._control import handle_control, is_control
from ._emulated_shapes import emulate_response
from ._emulations import check_emulation
from ._webhooks import Target
from ._wire import APIFailure, LocalRequest, LocalResponse
from .routes import ROUTES, model_catalog
from .sockets import find_session, with_subprotocol_key

if TYPE_CHECKING:
    from ._faults import Fault
    from .sockets import Session

__all__ = ["LocalAPI", "LocalResponse", "LocalRequest"]


class LocalAPI(Context):
    """An OpenAI-compatible API in memory.

    ``replies`` scripts what the model answers, ``faults`` scripts failures, ``webhooks``
    sends signed events, ``clock`` drives simulated lifecycles, ``requests`` records every
    request received. ``api_key`` (optional) makes the server check ``Authorization``;
    ``admin_api_key`` (optional) is the key the admin API (``/organization/...``) checks instead.
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
        admin_api_key: Optional[str] = None,
    ) -> None:
        super().__init__(
            ROUTES,
            provider=check_emulation(provider),
            api_key=api_key,
            embedding_dimensions=embedding_dimensions,
            lifecycle_step=lifecycle_step,
            webhook_url=webhook_url,
            webhook_secret=webhook_secret,
            admin_api_key=admin_api_key,
        )
        model_catalog.install_defaults(self)

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
                self.check_key(request, exempt_links=False)
                return self._finish(handle_control(self, request))
            except APIFailure as failure:
                return self._finish(failure.to_response())
        self.record(request)
        fault = self.faults.take(request)
        if fault is None:
            return self._finish(emulate_response(self.provider, request, self.dispatch(request)))
        response = fault.replacement() or self.dispatch(request)  # raises Disconnect for a dropped connection
        if not fault.scripts_bytes:
            response = emulate_response(self.provider, request, response)
        return self._finish(fault.apply(response))

    def open_socket(self, request: LocalRequest) -> Union[LocalResponse, Tuple["Session", Optional["Fault"]]]:
        """A WebSocket upgrade: the session to run and the fault scripted for it, or the refusal.

        Recorded and faulted like any request: a fault's ``status`` or ``disconnect`` refuses
        the handshake, its ``close_code`` / ``cut_after`` / ``stall_after`` act on the open socket.
        """
        self.record(request)
        fault = self.faults.take(request)
        try:
            if fault is not None:
                refusal = fault.replacement()  # raises Disconnect for a dropped connection
                if refusal is not None:
                    return self._finish(refusal)
            self.check_key(with_subprotocol_key(request))
            opener = find_session(request.path)
            if opener is None:
                raise APIFailure(404, f"No WebSocket API at /v1{request.path}", code="unknown_url")
            if importlib.util.find_spec("websockets") is None:
                message = "WebSocket APIs of the openwire local server need: pip install 'openwire[realtime]'"
                raise APIFailure(501, message, type="server_error", code="missing_extra")
            return opener(self, request), fault
        except APIFailure as failure:
            return self._finish(failure.to_response())

    def _finish(self, response: LocalResponse) -> LocalResponse:
        response.headers.setdefault("x-request-id", self.ids.new("req", "_"))
        return response
