"""The upgrade request of a WebSocket session: its URL and headers (no I/O).

URL: ``websocket_base_url``, else ``base_url`` with ``http`` -> ``ws`` (anything else, and always
for Azure and the beta Realtime API, ``wss``), plus ``/realtime`` or ``/responses`` and the query.
Headers: the client's ``default_headers`` (with organization and project), the credentials,
``OpenAI-Beta`` for the beta Realtime API, then the call's ``extra_headers`` (``Omit`` removes
one). The reference sends only the credentials and ``User-Agent``, so gateways that need a header
of ``default_headers`` refuse its sockets; openwire sends them on purpose.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Dict, Mapping, Optional, Tuple, Union
from urllib.parse import urlencode

from ..._exceptions import OpenAIError
from ..._qs import flatten_query
from ..._types import Omit

if TYPE_CHECKING:
    from ..._base_client import BaseClient

__all__ = ["Endpoint", "Handshake", "websocket_url", "handshake_headers", "socket_default_headers", "session_query"]


@dataclass(frozen=True)
class Endpoint:
    """Which socket API a connection speaks."""

    path: str  # "realtime" or "responses"
    beta: Optional[str] = None  # the OpenAI-Beta header value ("realtime=v1")
    secure_only: bool = False  # wss even when base_url is http (the beta Realtime API)


@dataclass(frozen=True)
class Handshake:
    url: str
    headers: Dict[str, str]
    user_agent: Optional[str]


def _socket_base(base_url: str, websocket_base_url: object, *, secure_only: bool) -> str:
    if websocket_base_url is not None:
        text = str(websocket_base_url)
        scheme, sep, rest = text.partition("://")
        scheme = {"http": "ws", "https": "wss"}.get(scheme.lower(), scheme.lower())
        if not sep or scheme not in ("ws", "wss"):
            raise ValueError(f"websocket_base_url must be a ws://, wss://, http:// or https:// URL, got {text!r}")
        return f"{scheme}://{rest}"
    scheme, _, rest = base_url.partition("://")
    return ("ws" if scheme.lower() == "http" and not secure_only else "wss") + "://" + rest


def websocket_url(
    base_url: str, websocket_base_url: object, endpoint: Endpoint, query: Mapping[str, object], *, secure_only: bool
) -> str:
    base = _socket_base(base_url, websocket_base_url, secure_only=secure_only or endpoint.secure_only)
    url = base.rstrip("/") + "/" + endpoint.path
    pairs = flatten_query(query)
    return f"{url}?{urlencode(pairs)}" if pairs else url


def session_query(
    endpoint: Endpoint,
    extra_query: Mapping[str, object],
    *,
    model: object = None,
    call_id: object = None,
    azure_api_version: Optional[str] = None,
    azure_deployment: Optional[str] = None,
) -> Dict[str, object]:
    """The query of the upgrade request. On Azure the Realtime API takes ``api-version`` and
    ``deployment`` (the client's ``azure_deployment``, else ``model``) instead of ``model``."""
    given = {key: value for key, value in (("model", model), ("call_id", call_id)) if isinstance(value, str)}
    if endpoint.path != "realtime":
        return dict(extra_query)
    if azure_api_version is None:
        return {**given, **extra_query}
    deployment = azure_deployment or given.get("model")
    if not deployment:
        raise OpenAIError(
            "`model` is required for the Azure Realtime API: pass the deployment name as "
            "`connect(model=...)` (or `azure_deployment` to the client)."
        )
    return {**extra_query, "api-version": azure_api_version, "deployment": deployment}


def socket_default_headers(client: "BaseClient[Any]") -> Dict[str, Union[str, Omit]]:
    """The client's headers that belong on a socket: ``default_headers`` (and the
    ``OPENAI_CUSTOM_HEADERS`` variable), organization, project, ``User-Agent``; not ``Accept``
    nor the per-request ``X-Stainless-*`` ones, unless the caller set them."""
    given = {name.lower() for name in client._custom_headers}
    skip = ({"accept"} | set(client.platform_headers())) - given
    return {name: value for name, value in client.default_headers.items() if name not in skip}


def handshake_headers(
    defaults: Mapping[str, Union[str, Omit]],
    auth: Mapping[str, str],
    extra_headers: Mapping[str, object],
    *,
    beta: Optional[str] = None,
) -> Tuple[Dict[str, str], Optional[str]]:
    """(headers, User-Agent): later sources win, names compared without case; ``Omit`` drops one."""
    merged: Dict[str, object] = {}
    for source in (defaults, auth, {"openai-beta": beta} if beta else {}, extra_headers):
        for name, value in source.items():
            merged[name.lower()] = value
    headers: Dict[str, str] = {}
    for name, value in merged.items():
        if value is None or isinstance(value, Omit):
            continue
        if not isinstance(value, str):
            raise TypeError(f"header {name!r} must be a str (or Omit() to drop it), got {type(value).__name__}")
        headers[name] = value
    return headers, headers.pop("user-agent", None)
