"""The httpx clients the SDK makes keep cookies as httpx does, without httpx's per-response
copy of the request when no ``Set-Cookie`` came (``_http_clients._Cookies``)."""

from __future__ import annotations

from typing import Any, List

import httpx
import pytest

from openwire import DefaultAioHttpClient, DefaultAsyncHttpxClient, DefaultHttpxClient
from openwire._http_clients import _Cookies


def _answer(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/login":
        return httpx.Response(200, headers={"set-cookie": "session=abc; Path=/"}, json={})
    return httpx.Response(200, json={"cookie": request.headers.get("cookie")})


def test_cookies_set_by_a_response_are_sent_back() -> None:
    with DefaultHttpxClient(transport=httpx.MockTransport(_answer)) as client:
        assert client.get("http://test/plain").json() == {"cookie": None}
        client.get("http://test/login")
        assert client.cookies["session"] == "abc"
        assert client.get("http://test/after").json() == {"cookie": "session=abc"}


@pytest.mark.anyio
async def test_the_async_client_keeps_cookies_too() -> None:
    async with DefaultAsyncHttpxClient(transport=httpx.MockTransport(_answer)) as client:
        await client.get("http://test/login")
        assert (await client.get("http://test/after")).json() == {"cookie": "session=abc"}


def test_a_response_without_set_cookie_skips_the_jar(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: List[Any] = []
    monkeypatch.setattr(httpx.Cookies, "extract_cookies", lambda self, response: calls.append(response))
    with DefaultHttpxClient(transport=httpx.MockTransport(_answer)) as client:
        client.get("http://test/plain")
        assert calls == []
        client.get("http://test/login")
        assert len(calls) == 1


def test_given_and_assigned_cookies_keep_the_store() -> None:
    client = DefaultHttpxClient(cookies={"a": "1"})
    assert isinstance(client.cookies, _Cookies) and client.cookies["a"] == "1"
    client.cookies = {"b": "2"}  # type: ignore[assignment]
    assert isinstance(client.cookies, _Cookies) and dict(client.cookies) == {"b": "2"}
    client.close()
    aio = DefaultAioHttpClient()
    assert isinstance(aio.cookies, _Cookies)
