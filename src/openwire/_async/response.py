# unasync: source of _sync/response.py
"""``with_streaming_response``: the body is read only when asked for.

One source for sync and async: ``scripts/unasync.py`` writes the sync twin.
"""

from __future__ import annotations

import functools
from types import TracebackType
from typing import TYPE_CHECKING, Any, AsyncIterator, Awaitable, Callable, Generic, Optional, TypeVar, Union, cast

from typing_extensions import ParamSpec, get_origin

from .._constants import RAW_RESPONSE_HEADER
from .._io import awrite_stream
from .._raw_response import LegacyAPIResponse, ResponseMetadata
from .._response_parse import parse_response

if TYPE_CHECKING:
    import os

    import httpx

    from .._base_client import BaseClient
    from .._options import FinalRequestOptions

__all__ = [
    "AsyncAPIResponse",
    "AsyncResponseContextManager",
    "async_to_raw_response_wrapper",
    "async_to_streamed_response_wrapper",
]

R = TypeVar("R")
P = ParamSpec("P")


class AsyncAPIResponse(ResponseMetadata, Generic[R]):
    def __init__(
        self,
        *,
        raw: httpx.Response,
        cast_to: Any,
        client: "BaseClient[Any]",
        options: "FinalRequestOptions",
        stream: bool,
        stream_cls: Any,
        retries_taken: int = 0,
    ) -> None:
        self.http_response = raw
        self.retries_taken = retries_taken
        self._cast_to = cast_to
        self._client = client
        self._options = options
        self._stream = stream
        self._stream_cls = stream_cls

    async def parse(self, *, to: Any = None) -> R:
        """Read the body (unless the call streams) and parse it as the method's return type.

        A binary endpoint (``audio.speech.create``, ``files.content``) gives the body's ``bytes``,
        as in the reference."""
        if to is None and _is_binary(self._cast_to):
            return cast(R, await self.read())
        if not self._stream:
            await self.read()
        parsed: R = parse_response(
            cast_to=to if to is not None else self._cast_to,
            response=self.http_response,
            client=self._client,
            options=self._options,
            stream=self._stream,
            stream_cls=self._stream_cls,
        )
        return parsed

    async def read(self) -> bytes:
        return await self.http_response.aread()

    async def text(self) -> str:
        await self.read()
        return self.http_response.text

    async def json(self) -> Any:
        await self.read()
        return self.http_response.json()

    async def close(self) -> None:
        await self.http_response.aclose()

    async def iter_bytes(self, chunk_size: Optional[int] = None) -> AsyncIterator[bytes]:
        async for chunk in self.http_response.aiter_bytes(chunk_size):
            yield chunk

    async def iter_text(self, chunk_size: Optional[int] = None) -> AsyncIterator[str]:
        async for chunk in self.http_response.aiter_text(chunk_size):
            yield chunk

    async def iter_lines(self) -> AsyncIterator[str]:
        async for line in self.http_response.aiter_lines():
            yield line

    async def stream_to_file(self, file: Union[str, "os.PathLike[str]"], *, chunk_size: Optional[int] = None) -> None:
        """Write the body to ``file`` as it arrives, without holding it in memory."""
        await awrite_stream(file, self.http_response.aiter_bytes(chunk_size))

    def __repr__(self) -> str:
        return f"<AsyncAPIResponse [{self.status_code} {self.http_response.reason_phrase}] type={self._cast_to}>"


def _is_binary(cast_to: Any) -> bool:
    from .._binary import HttpxBinaryResponseContent

    origin = get_origin(cast_to) or cast_to
    return isinstance(origin, type) and issubclass(origin, HttpxBinaryResponseContent)


_ResponseT = TypeVar("_ResponseT", bound=AsyncAPIResponse[Any])


class AsyncResponseContextManager(Generic[_ResponseT]):
    """Makes the request on enter, closes the response on exit."""

    def __init__(self, request_func: Callable[[], Awaitable[_ResponseT]]) -> None:
        self._request_func = request_func
        self._response: Optional[_ResponseT] = None

    async def __aenter__(self) -> _ResponseT:
        self._response = await self._request_func()
        return self._response

    async def __aexit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        if self._response is not None:
            await self._response.close()


def _mark(kwargs: dict[str, Any], mode: str) -> None:
    kwargs["extra_headers"] = {**(kwargs.get("extra_headers") or {}), RAW_RESPONSE_HEADER: mode}


def async_to_raw_response_wrapper(func: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[LegacyAPIResponse[R]]]:
    """Wrap an endpoint method so that it returns a :class:`LegacyAPIResponse`."""

    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> LegacyAPIResponse[R]:
        _mark(kwargs, "raw")
        return cast(LegacyAPIResponse[R], await func(*args, **kwargs))

    return wrapped


def async_to_streamed_response_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, AsyncResponseContextManager[AsyncAPIResponse[R]]]:
    """Wrap an endpoint method so that it returns a context manager over a lazy response."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> AsyncResponseContextManager[AsyncAPIResponse[R]]:
        _mark(kwargs, "stream")
        make_request = cast(Callable[[], Awaitable[AsyncAPIResponse[R]]], functools.partial(func, *args, **kwargs))
        return AsyncResponseContextManager(make_request)

    return wrapped
