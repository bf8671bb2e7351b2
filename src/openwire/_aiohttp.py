"""An httpx transport that sends requests with aiohttp (optional extra: ``openwire[aiohttp]``).

httpx's own async pool tops out early under many concurrent calls; aiohttp's connector does
better. Everything above the transport (retries, parsing, streams) stays the same.
"""

from __future__ import annotations

import asyncio
from typing import Any, AsyncIterator, Optional

import httpx

__all__ = ["AiohttpTransport"]


def _aiohttp() -> Any:
    try:
        import aiohttp
    except ImportError as err:  # pragma: no cover - depends on the environment
        raise RuntimeError("DefaultAioHttpClient needs aiohttp: pip install 'openwire[aiohttp]'") from err
    return aiohttp


class _ResponseStream(httpx.AsyncByteStream):
    def __init__(self, response: Any) -> None:
        self._response = response

    async def __aiter__(self) -> AsyncIterator[bytes]:
        aiohttp = _aiohttp()
        try:
            async for chunk in self._response.content.iter_any():
                yield chunk
        except asyncio.TimeoutError as err:
            raise httpx.ReadTimeout(str(err) or "Read timed out") from err
        except aiohttp.ClientPayloadError as err:
            raise httpx.RemoteProtocolError(str(err)) from err
        except aiohttp.ClientError as err:
            raise httpx.ReadError(str(err)) from err

    async def aclose(self) -> None:
        # release() hands a fully read connection back to the pool and closes a partial one.
        self._response.release()


class AiohttpTransport(httpx.AsyncBaseTransport):
    def __init__(self, *, limits: Optional[httpx.Limits] = None, session: Any = None) -> None:
        self._limits = limits
        self._session = session

    def _get_session(self) -> Any:
        if self._session is None:
            aiohttp = _aiohttp()
            limits = self._limits
            connector = aiohttp.TCPConnector(
                limit=(limits.max_connections or 0) if limits else 100,
                keepalive_timeout=(limits.keepalive_expiry or 5.0) if limits else 5.0,
            )
            self._session = aiohttp.ClientSession(connector=connector, auto_decompress=False)
        return self._session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        aiohttp = _aiohttp()
        session = self._get_session()
        timeouts = request.extensions.get("timeout", {})
        timeout = aiohttp.ClientTimeout(
            total=None,
            connect=timeouts.get("pool"),
            sock_connect=timeouts.get("connect"),
            sock_read=timeouts.get("read"),
        )
        body = await request.aread()
        try:
            response = await session.request(
                request.method,
                str(request.url),
                headers=list(request.headers.multi_items()),
                data=body or None,
                allow_redirects=False,
                timeout=timeout,
                skip_auto_headers=("User-Agent", "Accept-Encoding", "Accept", "Content-Type"),
            )
        except asyncio.TimeoutError as err:
            raise httpx.ConnectTimeout(str(err) or "Timed out", request=request) from err
        except aiohttp.ClientConnectorError as err:
            raise httpx.ConnectError(str(err), request=request) from err
        except aiohttp.ServerDisconnectedError as err:
            raise httpx.RemoteProtocolError(str(err), request=request) from err
        except aiohttp.ClientError as err:
            raise httpx.NetworkError(str(err), request=request) from err
        return httpx.Response(
            status_code=response.status,
            headers=[(bytes(k), bytes(v)) for k, v in response.raw_headers],
            stream=_ResponseStream(response),
            request=request,
            extensions={"http_version": b"HTTP/1.1"},
        )

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None
