"""The httpx clients the SDK creates, and ``DefaultAioHttpClient`` for high-concurrency async use."""

from __future__ import annotations

from typing import Any

import httpx

from ._constants import DEFAULT_CONNECTION_LIMITS, DEFAULT_TIMEOUT

__all__ = [
    "DefaultHttpxClient",
    "DefaultAsyncHttpxClient",
    "DefaultAioHttpClient",
    "SyncHttpxClientWrapper",
    "AsyncHttpxClientWrapper",
]


def _with_defaults(kwargs: dict[str, Any]) -> dict[str, Any]:
    kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
    kwargs.setdefault("limits", DEFAULT_CONNECTION_LIMITS)
    kwargs.setdefault("follow_redirects", True)
    return kwargs


class DefaultHttpxClient(httpx.Client):
    """``httpx.Client`` with the SDK's default timeout, pool limits and redirects."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**_with_defaults(kwargs))


class DefaultAsyncHttpxClient(httpx.AsyncClient):
    """``httpx.AsyncClient`` with the SDK's default timeout, pool limits and redirects."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**_with_defaults(kwargs))


class SyncHttpxClientWrapper(DefaultHttpxClient):
    """The client the SDK makes when none is given: closed when garbage collected."""

    def __del__(self) -> None:
        if self.is_closed:
            return
        try:
            self.close()
        except Exception:  # interpreter shutdown: nothing sensible left to do
            pass


class AsyncHttpxClientWrapper(DefaultAsyncHttpxClient):
    """The async client the SDK makes when none is given.

    No ``__del__``: closing needs an event loop, which may be gone or another one. Use
    ``async with`` or ``await client.close()``.
    """


class DefaultAioHttpClient(httpx.AsyncClient):
    """An ``httpx.AsyncClient`` whose transport is aiohttp (``pip install openwire[aiohttp]``)."""

    def __init__(self, **kwargs: Any) -> None:
        from ._aiohttp import AiohttpTransport

        limits = kwargs.pop("limits", DEFAULT_CONNECTION_LIMITS)
        kwargs.setdefault("transport", AiohttpTransport(limits=limits))
        super().__init__(**_with_defaults(kwargs))
