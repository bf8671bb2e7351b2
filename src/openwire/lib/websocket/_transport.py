"""Opening a socket with the ``websockets`` package (the ``openwire[realtime]`` extra).

The only module that imports ``websockets``; both forms live side by side (like ``_io``):
``open_websocket`` (``websockets.sync``) and ``aopen_websocket`` (``websockets.asyncio``, so the
async client's sessions need asyncio). A failed handshake becomes the error an HTTP request
would give: a refused upgrade is an ``APIStatusError`` (``AuthenticationError`` for 401, ...),
no answer in time an ``APITimeoutError``, anything else an ``APIConnectionError``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional

from ..._exceptions import APIConnectionError, APITimeoutError, OpenAIError, make_status_error
from ._handshake import Handshake

if TYPE_CHECKING:
    from websockets.asyncio.client import ClientConnection as AsyncClientConnection
    from websockets.sync.client import ClientConnection

__all__ = ["open_websocket", "aopen_websocket", "handshake_error", "MISSING_EXTRA"]

MISSING_EXTRA = (
    "WebSocket sessions (realtime / responses connect()) need the websockets package: pip install 'openwire[realtime]'"
)


def open_websocket(
    handshake: Handshake, options: Mapping[str, Any], open_timeout: Optional[float]
) -> "ClientConnection":
    try:
        from websockets.sync.client import connect
    except ImportError as err:
        raise OpenAIError(MISSING_EXTRA) from err
    arguments = _arguments(handshake, options, open_timeout)
    try:
        connection: "ClientConnection" = connect(handshake.url, **arguments)
    except Exception as err:
        raise handshake_error(err, handshake.url) from err
    # The session closes the connection itself; entering it tells websockets >= 17.1 so (it
    # warns about a connection opened outside a ``with`` block otherwise). It returns the
    # connection itself, typed as the base ``Connection`` by websockets 16.
    connection.__enter__()
    return connection


async def aopen_websocket(
    handshake: Handshake, options: Mapping[str, Any], open_timeout: Optional[float]
) -> "AsyncClientConnection":
    import sniffio

    library = sniffio.current_async_library()
    if library != "asyncio":
        raise OpenAIError(f"The async client's WebSocket sessions run on asyncio (websockets), not on {library}.")
    try:
        from websockets.asyncio.client import connect
    except ImportError as err:
        raise OpenAIError(MISSING_EXTRA) from err
    arguments = _arguments(handshake, options, open_timeout)
    try:
        return await connect(handshake.url, **arguments)
    except Exception as err:
        raise handshake_error(err, handshake.url) from err


def _arguments(handshake: Handshake, options: Mapping[str, Any], open_timeout: Optional[float]) -> dict[str, Any]:
    if not isinstance(options, Mapping):
        raise TypeError(f"websocket_connection_options must be a dict, got {type(options).__name__}")
    arguments: dict[str, Any] = {
        "additional_headers": handshake.headers,
        "user_agent_header": handshake.user_agent,
        "open_timeout": open_timeout,
    }
    arguments.update(options)  # the caller's options (max_size, compression, open_timeout...) win
    return arguments


def handshake_error(err: Exception, url: str) -> Exception:
    """The openwire error for a socket that could not be opened."""
    import httpx
    from websockets.exceptions import InvalidStatus, InvalidURI

    if isinstance(err, OpenAIError):
        return err
    if isinstance(err, TypeError):
        return TypeError(f"websocket_connection_options has an option the websockets package does not take: {err}")
    if isinstance(err, InvalidURI):
        return ValueError(f"The WebSocket URL is not valid ({err}): check base_url / websocket_base_url")
    request = httpx.Request("GET", url)
    if isinstance(err, InvalidStatus):
        answer = err.response
        response = httpx.Response(
            answer.status_code,
            headers=list(answer.headers.raw_items()),
            content=bytes(answer.body or b""),
            request=request,
        )
        return make_status_error(response)
    if isinstance(err, TimeoutError):
        return APITimeoutError(request)
    return APIConnectionError(message=f"Could not open the WebSocket connection: {err}", request=request)
