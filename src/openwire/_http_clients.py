"""The httpx clients the SDK creates, ``DefaultAioHttpClient`` for high-concurrency async use, and
``DefaultHttpx2Client`` / ``DefaultAsyncHttpx2Client`` (httpx2, the optional ``openwire[httpx2]`` extra)."""

from __future__ import annotations

from typing import Any

import httpx

from ._constants import DEFAULT_CONNECTION_LIMITS, DEFAULT_TIMEOUT

__all__ = [
    "DefaultHttpxClient",
    "DefaultAsyncHttpxClient",
    "DefaultAioHttpClient",
    "DefaultHttpx2Client",
    "DefaultAsyncHttpx2Client",
    "SyncHttpxClientWrapper",
    "AsyncHttpxClientWrapper",
    "httpx2_auth",
]


def _with_defaults(kwargs: dict[str, Any]) -> dict[str, Any]:
    kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
    kwargs.setdefault("limits", DEFAULT_CONNECTION_LIMITS)
    kwargs.setdefault("follow_redirects", True)
    return kwargs


class _Cookies(httpx.Cookies):
    """httpx's cookie store, minus its per-response cost when there is nothing to store: for every
    response httpx copies each request header into a ``urllib`` request for the cookie jar, which
    then only looks for ``Set-Cookie`` (about a tenth of a small request's CPU time)."""

    def extract_cookies(self, response: httpx.Response) -> None:
        headers = response.headers
        if "set-cookie" in headers or "set-cookie2" in headers:
            super().extract_cookies(response)


class _CookieStore:
    """Puts :class:`_Cookies` in place of httpx's store, at construction and on assignment."""

    _cookies: httpx.Cookies  # the attribute httpx's own ``cookies`` property reads and writes

    @property
    def cookies(self) -> httpx.Cookies:
        return self._cookies

    @cookies.setter
    def cookies(self, cookies: Any) -> None:
        self._cookies = _Cookies(httpx.Cookies(cookies).jar)


class DefaultHttpxClient(_CookieStore, httpx.Client):
    """``httpx.Client`` with the SDK's default timeout, pool limits and redirects."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**_with_defaults(kwargs))
        self.cookies = self._cookies


class DefaultAsyncHttpxClient(_CookieStore, httpx.AsyncClient):
    """``httpx.AsyncClient`` with the SDK's default timeout, pool limits and redirects."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**_with_defaults(kwargs))
        self.cookies = self._cookies


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


class DefaultAioHttpClient(_CookieStore, httpx.AsyncClient):
    """An ``httpx.AsyncClient`` whose transport is aiohttp (``pip install openwire[aiohttp]``)."""

    def __init__(self, **kwargs: Any) -> None:
        from ._aiohttp import AiohttpTransport

        limits = kwargs.pop("limits", DEFAULT_CONNECTION_LIMITS)
        kwargs.setdefault("transport", AiohttpTransport(limits=limits))
        super().__init__(**_with_defaults(kwargs))
        self.cookies = self._cookies


_HTTPX2_MISSING = (
    "DefaultHttpx2Client and DefaultAsyncHttpx2Client need the httpx2 package: pip install 'openwire[httpx2]'"
)


def _httpx2_with_defaults(kwargs: dict[str, Any]) -> tuple[Any, dict[str, Any]]:
    try:
        import httpx2
    except ImportError:
        raise RuntimeError(_HTTPX2_MISSING) from None
    # The same defaults as DefaultHttpxClient, as httpx2's own Timeout / Limits objects.
    kwargs.setdefault(
        "timeout",
        httpx2.Timeout(
            connect=DEFAULT_TIMEOUT.connect,
            read=DEFAULT_TIMEOUT.read,
            write=DEFAULT_TIMEOUT.write,
            pool=DEFAULT_TIMEOUT.pool,
        ),
    )
    kwargs.setdefault(
        "limits",
        httpx2.Limits(
            max_connections=DEFAULT_CONNECTION_LIMITS.max_connections,
            max_keepalive_connections=DEFAULT_CONNECTION_LIMITS.max_keepalive_connections,
            keepalive_expiry=DEFAULT_CONNECTION_LIMITS.keepalive_expiry,
        ),
    )
    kwargs.setdefault("follow_redirects", True)
    return httpx2, kwargs


def DefaultHttpx2Client(**kwargs: Any) -> Any:
    """An ``httpx2.Client`` with the SDK's default timeout, pool limits and redirects.

    Raises ``RuntimeError`` naming the extra when httpx2 is not installed.
    """
    httpx2, kwargs = _httpx2_with_defaults(kwargs)
    return httpx2.Client(**kwargs)


def DefaultAsyncHttpx2Client(**kwargs: Any) -> Any:
    """An ``httpx2.AsyncClient`` with the SDK's default timeout, pool limits and redirects.

    Raises ``RuntimeError`` naming the extra when httpx2 is not installed.
    """
    httpx2, kwargs = _httpx2_with_defaults(kwargs)
    return httpx2.AsyncClient(**kwargs)


def httpx2_auth(auth: httpx.Auth) -> Any:
    """An ``httpx2.Auth`` running ``auth``'s flow (the flows only touch the request's method, URL,
    headers and body, which httpx2's requests share), for the clients' ``custom_auth``."""
    import httpx2

    class _Adapted(httpx2.Auth):  # type: ignore[misc]
        requires_request_body = auth.requires_request_body
        requires_response_body = auth.requires_response_body

        def auth_flow(self, request: Any) -> Any:
            return auth.auth_flow(request)

    return _Adapted()
