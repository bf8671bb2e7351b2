"""In-process httpx transports over :class:`LocalAPI`: no socket, same wire format.

Faults behave as over a network: a stall longer than the request's read timeout raises
``httpx.ReadTimeout`` (a hang always does, at once when the request has no timeout), a dropped
connection raises ``httpx.RemoteProtocolError`` (before the headers, or from the body stream
part-way, as does a body shorter than its announced length or without its last chunk), a
reset raises ``httpx.ReadError`` after the bytes it lets through.
"""

from __future__ import annotations

import math
import time
from typing import AsyncIterator, Iterator, Optional

import anyio
import httpx

from ._app import LocalAPI
from ._wire import Disconnect, LocalRequest, LocalResponse, StreamCut

__all__ = ["LocalTransport", "AsyncLocalTransport"]

_CUT = "peer closed connection without sending complete message body"


def _local_request(request: httpx.Request, body: bytes) -> LocalRequest:
    target = request.url.raw_path.decode("ascii")
    headers = {name.decode("latin-1"): value.decode("latin-1") for name, value in request.headers.raw}
    headers.setdefault("host", request.url.netloc.decode("ascii"))
    return LocalRequest.build(request.method, target, body, headers)


def _read_timeout(request: httpx.Request) -> Optional[float]:
    timeout = request.extensions.get("timeout") or {}
    value = timeout.get("read")
    return float(value) if value is not None else None


class _Plan:
    """One request's outcome: how long to wait, then a response or the transport error to raise."""

    def __init__(self, app: LocalAPI, request: httpx.Request, body: bytes) -> None:
        self.request = request
        self.result: Optional[LocalResponse] = None
        self.reset = False
        try:
            self.result = app.handle_request(_local_request(request, body))
            self.delay = self.result.delay
        except Disconnect as drop:
            self.delay, self.reset = drop.delay, drop.reset
        limit = _read_timeout(request)
        if limit is None and self.delay == math.inf:
            limit = 0.0  # a hang with no timeout would block forever: fail like the timeout would
        self.timed_out = limit is not None and self.delay > limit
        if limit is not None and self.timed_out:
            self.delay = limit

    def finish(self) -> httpx.Response:
        if self.timed_out:
            raise httpx.ReadTimeout("timed out", request=self.request)
        if self.result is None and self.reset:
            raise httpx.ReadError("[Errno 104] Connection reset by peer", request=self.request)
        if self.result is None:
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=self.request)
        return _response(self.result, self.request)


class _Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """The body as a client reads it off a socket, with the fault's pauses and breakages."""

    def __init__(self, result: LocalResponse, request: httpx.Request) -> None:
        self._result = result
        self._request = request
        announced = result.headers.get("content-length")
        self._announced = int(announced) if announced is not None and not result.close_delimited else None

    def _pieces(self) -> Iterator["tuple[float, bytes]"]:
        """(pause before, bytes) pairs; raises the httpx error the breakage gives."""
        left, sent = self._result.reset_after, 0
        try:
            for index, chunk in enumerate(self._result.chunks()):
                if left is not None:
                    chunk, left = chunk[:left], left - min(len(chunk), left)
                sent += len(chunk)
                pause = self._result.pause if index else 0.0
                if index == self._result.stall_after:
                    pause += self._result.stall_for
                    limit = _read_timeout(self._request)
                    if limit is None and pause == math.inf:
                        limit = 0.0  # a hang with no timeout would block forever: fail like the timeout would
                    if limit is not None and pause > limit:
                        yield limit, b""
                        raise httpx.ReadTimeout("timed out", request=self._request)
                yield pause, chunk
                if left == 0:
                    break
        except StreamCut:
            raise httpx.RemoteProtocolError(_CUT, request=self._request) from None
        if left is not None:
            raise httpx.ReadError("[Errno 104] Connection reset by peer", request=self._request)
        if not self._result.terminate or (self._announced is not None and sent < self._announced):
            raise httpx.RemoteProtocolError(_CUT, request=self._request)

    def __iter__(self) -> Iterator[bytes]:
        for pause, chunk in self._pieces():
            time.sleep(pause)
            if chunk:
                yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for pause, chunk in self._pieces():
            await anyio.sleep(pause)
            if chunk:
                yield chunk


def _response(result: LocalResponse, request: httpx.Request) -> httpx.Response:
    if isinstance(result.body, bytes) and result.plain and "content-length" not in result.headers:
        return httpx.Response(result.status, headers=result.headers, content=result.body, request=request)
    return httpx.Response(result.status, headers=result.headers, stream=_Body(result, request), request=request)


class LocalTransport(httpx.BaseTransport):
    def __init__(self, app: Optional[LocalAPI] = None) -> None:
        self.app = app or LocalAPI()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        plan = _Plan(self.app, request, request.read())
        time.sleep(plan.delay)
        return plan.finish()


class AsyncLocalTransport(httpx.AsyncBaseTransport):
    def __init__(self, app: Optional[LocalAPI] = None) -> None:
        self.app = app or LocalAPI()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        plan = _Plan(self.app, request, await request.aread())
        await anyio.sleep(plan.delay)
        return plan.finish()
