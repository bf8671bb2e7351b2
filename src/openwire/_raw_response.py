"""The wrapper returned by ``with_raw_response``: headers and status, body parsed on demand.

The body is already read (unless the call streams), so ``parse()`` is a plain method on the
sync and async clients alike, as in the reference.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, Generic, Optional, TypeVar

from ._response_parse import parse_response

if TYPE_CHECKING:
    import httpx

    from ._base_client import BaseClient
    from ._options import FinalRequestOptions

__all__ = ["LegacyAPIResponse", "ResponseMetadata"]

R = TypeVar("R")


class ResponseMetadata:
    """Read-only views of the underlying ``httpx.Response`` shared by the response wrappers."""

    http_response: httpx.Response
    retries_taken: int

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def http_request(self) -> httpx.Request:
        return self.http_response.request

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def url(self) -> httpx.URL:
        return self.http_response.url

    @property
    def method(self) -> str:
        return self.http_request.method

    @property
    def http_version(self) -> str:
        return self.http_response.http_version

    @property
    def elapsed(self) -> datetime.timedelta:
        return self.http_response.elapsed

    @property
    def is_closed(self) -> bool:
        return self.http_response.is_closed

    @property
    def request_id(self) -> Optional[str]:
        request_id: Optional[str] = self.http_response.headers.get("x-request-id")
        return request_id


class LegacyAPIResponse(ResponseMetadata, Generic[R]):
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
        self._parsed: dict[Any, Any] = {}

    def parse(self, *, to: Any = None) -> R:
        """The body as the method's return type (or as ``to``); the result is cached."""
        cast_to = to if to is not None else self._cast_to
        if cast_to not in self._parsed:
            self._parsed[cast_to] = parse_response(
                cast_to=cast_to,
                response=self.http_response,
                client=self._client,
                options=self._options,
                stream=self._stream,
                stream_cls=self._stream_cls,
            )
        result: R = self._parsed[cast_to]
        return result

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    def __repr__(self) -> str:
        return f"<LegacyAPIResponse [{self.status_code} {self.http_response.reason_phrase}] type={self._cast_to}>"
