# unasync: source of _sync/api_client.py
"""The request loop: send, retry by the policy in ``_retries``, hand the response to a parser.

One source for sync and async: ``scripts/unasync.py`` writes the sync twin.
"""

from __future__ import annotations

import inspect
import logging
from types import TracebackType
from typing import TYPE_CHECKING, Any, Dict, Mapping, Optional, Type, TypeVar, Union, cast, overload

from typing_extensions import Literal, Self

from .._base_client import BaseClient, is_httpx2_client
from .._bedrock import BedrockSettings
from .._exceptions import (
    APIConnectionError,
    APITimeoutError,
    OpenAIError,
    is_timeout,
    make_status_error,
    transport_errors,
)
from .._files import anormalize_files
from .._io import asleep
from .._logs import Redacted, logger, options_view, redact_headers
from .._options import FinalRequestOptions
from .._raw_response import LegacyAPIResponse
from .._response_parse import parse_response
from .._retries import retry_delay, should_retry_response
from .._types import Body, RequestFiles, RequestOptions
from .response import AsyncAPIResponse

if TYPE_CHECKING:
    import httpx

    # Pages are pydantic models: imported on first use, not with the client.
    from .pagination import BaseAsyncPage
    from .paginator import AsyncPaginator  # unasync: async-only

__all__ = ["AsyncAPIClient"]

_T = TypeVar("_T")
_StreamT = TypeVar("_StreamT")
AsyncPageT = TypeVar("AsyncPageT", bound="BaseAsyncPage[Any]")


# httpx is imported by the first request, not by configuring a client (see ``BaseClient``).
class AsyncAPIClient(BaseClient["httpx.AsyncClient"]):
    """Sends requests with retries; subclasses add the API's resources."""

    _is_async = True

    def _default_http_client(self) -> httpx.AsyncClient:
        from .._http_clients import AsyncHttpxClientWrapper

        return AsyncHttpxClientWrapper(timeout=self.timeout)

    def _new_sigv4_auth(self, settings: BedrockSettings) -> httpx.Auth:
        from .._bedrock_sigv4 import BedrockSigV4Auth

        return BedrockSigV4Auth(settings)

    def _new_workload_identity_auth(self, workload_identity: Any) -> Any:
        from .._workload import WorkloadIdentityAuth

        return WorkloadIdentityAuth(workload_identity=workload_identity)

    def _auth_for_client(self, auth: httpx.Auth) -> Any:
        """``auth`` as the client in use takes it: an httpx2 client wants an ``httpx2.Auth``."""
        if not is_httpx2_client(self._client):
            return auth
        from .._http_clients import httpx2_auth

        return httpx2_auth(auth)

    def is_closed(self) -> bool:
        return self._client.is_closed

    async def close(self) -> None:
        """Release the connection pool (shared with copies made by ``with_options``)."""
        await self._client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        await self.close()

    async def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        """Hook run before every attempt (the Azure client adds its token here)."""
        return options

    async def _current_api_key(self) -> Optional[str]:
        """The key for the next attempt: a key provider is called every time.

        The key is passed down to the request rather than read back from ``self``, so threads
        or tasks sharing the client never send each other's keys.
        """
        if self._workload_identity_auth is not None:
            return cast(str, await self._workload_identity_auth.get_token_async())
        if self._api_key_provider is None:
            return self.api_key
        key = self._api_key_provider()
        if inspect.isawaitable(key):  # unasync: async-only
            key = await key  # unasync: async-only
        self.api_key = cast(str, key)
        return cast(str, key)

    async def _refresh_api_key(self) -> str:
        """The key for the next request: calls the ``api_key=`` provider again when there is one
        (libraries call this before opening a websocket)."""
        return await self._current_api_key() or ""

    @overload
    async def request(
        self, cast_to: Type[_T], options: FinalRequestOptions, *, stream: Literal[False] = False
    ) -> _T: ...

    @overload
    async def request(
        self, cast_to: Type[_T], options: FinalRequestOptions, *, stream: Literal[True], stream_cls: Type[_StreamT]
    ) -> _StreamT: ...

    @overload
    async def request(
        self,
        cast_to: Type[_T],
        options: FinalRequestOptions,
        *,
        stream: bool,
        stream_cls: Optional[Type[_StreamT]] = None,
    ) -> Union[_T, _StreamT]: ...

    async def request(
        self,
        cast_to: Type[_T],
        options: FinalRequestOptions,
        *,
        stream: bool = False,
        stream_cls: Optional[Type[_StreamT]] = None,
    ) -> Union[_T, _StreamT]:
        """Send ``options``, retrying by the policy, and parse the answer into ``cast_to``."""
        raw_mode = self._wants_raw(options)
        stream_body = stream or raw_mode == "stream"
        if options.files is not None:
            # Read every file once, up front, so that each retry resends the whole content.
            options = options.copy_with(files=await anormalize_files(options.files))
        max_retries = self._max_retries(options)
        retries_taken = 0
        reauthenticated = False
        while True:
            api_key = await self._current_api_key()
            prepared = await self._prepare_options(options)
            request = self._build_request(prepared, retries_taken, api_key=api_key)
            debug = logger.isEnabledFor(logging.DEBUG)
            if debug:
                logger.debug("Request options: %s", options_view(prepared))
                logger.debug("Sending HTTP Request: %s %s", request.method, Redacted(request.url))
            send_options: Dict[str, Any] = {}
            if options.follow_redirects is not None:
                send_options["follow_redirects"] = options.follow_redirects
            auth = self.custom_auth  # run by httpx on the final request of each attempt (Bedrock's SigV4)
            if auth is not None:
                send_options["auth"] = self._auth_for_client(auth)
            try:
                response = await self._client.send(request, stream=stream_body, **send_options)
            except transport_errors() as err:
                logger.debug("Encountered %s", type(err).__name__, exc_info=True)
                if retries_taken < max_retries:
                    await self._sleep_before_retry(retries_taken, None, f"{type(err).__name__}")
                    retries_taken += 1
                    continue
                if is_timeout(err):
                    raise APITimeoutError(request) from err
                raise APIConnectionError(
                    message=f"Connection error: {err}" if str(err) else "Connection error.", request=request
                ) from err
            except OpenAIError:
                raise  # the SDK's own (a request signer's missing credentials), as they are
            except Exception as err:
                # Anything else the transport raises is a connection error too, retried as the reference
                # does: a pooled connection bound to an event loop that has since closed, a custom
                # transport's own exception. A closed client is not retried.
                if self._client.is_closed:
                    raise APIConnectionError(
                        message="Connection error: the client was closed (create a new client, or do not close "
                        "this one while it is in use).",
                        request=request,
                    ) from err
                logger.debug("Encountered %s", type(err).__name__, exc_info=True)
                if retries_taken < max_retries:
                    await self._sleep_before_retry(retries_taken, None, f"{type(err).__name__}")
                    retries_taken += 1
                    continue
                raise APIConnectionError(
                    message=f"Connection error: {type(err).__name__}: {err}", request=request
                ) from err

            logger.info(
                'HTTP Request: %s %s "%i %s"',
                request.method,
                Redacted(request.url),
                response.status_code,
                response.reason_phrase,
            )
            if debug:
                logger.debug("HTTP Response headers: %s", redact_headers(response.headers))
                logger.debug("request_id: %s", response.headers.get("x-request-id"))
            if response.status_code == 401 and self._workload_identity_auth is not None and not reauthenticated:
                # The access token was revoked or expired early: exchange a new one and try once
                # more, outside the retry budget (as the reference does).
                await response.aclose()
                self._workload_identity_auth.invalidate_token()
                reauthenticated = True
                continue
            if response.status_code >= 300:  # a redirect not followed (follow_redirects=False) too
                if retries_taken < max_retries and should_retry_response(response.status_code, response.headers):
                    delay = retry_delay(retries_taken, response.headers)
                    if delay is not None:
                        await response.aclose()
                        await self._sleep(delay, retries_taken, f"status {response.status_code}")
                        retries_taken += 1
                        continue
                try:
                    await response.aread()
                except transport_errors() as err:
                    raise APIConnectionError(
                        message=f"Connection error while reading an error response: {err}", request=request
                    ) from err
                finally:
                    await response.aclose()
                raise make_status_error(response)

            result: Union[_T, _StreamT] = self._finish(
                cast_to, options, response, stream, stream_cls, retries_taken, raw_mode
            )
            return result

    def _finish(
        self,
        cast_to: Any,
        options: FinalRequestOptions,
        response: httpx.Response,
        stream: bool,
        stream_cls: Any,
        retries_taken: int,
        raw_mode: Optional[str],
    ) -> Any:
        if raw_mode == "raw":
            return LegacyAPIResponse(
                raw=response,
                cast_to=cast_to,
                client=self,
                options=options,
                stream=stream,
                stream_cls=stream_cls,
                retries_taken=retries_taken,
            )
        if raw_mode == "stream":
            return AsyncAPIResponse(
                raw=response,
                cast_to=cast_to,
                client=self,
                options=options,
                stream=stream,
                stream_cls=stream_cls,
                retries_taken=retries_taken,
            )
        return parse_response(
            cast_to=cast_to, response=response, client=self, options=options, stream=stream, stream_cls=stream_cls
        )

    async def _sleep_before_retry(self, retries_taken: int, headers: Optional[Mapping[str, str]], reason: str) -> None:
        delay = retry_delay(retries_taken, headers)
        await self._sleep(delay if delay is not None else 0.0, retries_taken, reason)

    async def _sleep(self, delay: float, retries_taken: int, reason: str) -> None:
        logger.info("Retrying request (retry %i) in %.3f seconds after %s", retries_taken + 1, delay, reason)
        await asleep(delay)

    # -- public helpers for endpoints the SDK has no method for ---------------------------------

    async def get(
        self,
        path: str,
        *,
        cast_to: Type[_T],
        options: RequestOptions = {},
        stream: bool = False,
        stream_cls: Optional[Type[_StreamT]] = None,
    ) -> Any:
        opts = FinalRequestOptions.build("get", path, options)
        return await self.request(cast_to, opts, stream=stream, stream_cls=stream_cls)

    async def post(
        self,
        path: str,
        *,
        cast_to: Type[_T],
        body: Optional[Body] = None,
        content: Optional[Union[bytes, str]] = None,
        options: RequestOptions = {},
        files: Optional[RequestFiles] = None,
        stream: bool = False,
        stream_cls: Optional[Type[_StreamT]] = None,
    ) -> Any:
        opts = FinalRequestOptions.build("post", path, options, json_data=body, content=content, files=files)
        return await self.request(cast_to, opts, stream=stream, stream_cls=stream_cls)

    async def patch(
        self,
        path: str,
        *,
        cast_to: Type[_T],
        body: Optional[Body] = None,
        content: Optional[Union[bytes, str]] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},
    ) -> Any:
        opts = FinalRequestOptions.build("patch", path, options, json_data=body, content=content, files=files)
        return await self.request(cast_to, opts)

    async def put(
        self,
        path: str,
        *,
        cast_to: Type[_T],
        body: Optional[Body] = None,
        content: Optional[Union[bytes, str]] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},
    ) -> Any:
        opts = FinalRequestOptions.build("put", path, options, json_data=body, content=content, files=files)
        return await self.request(cast_to, opts)

    async def delete(
        self,
        path: str,
        *,
        cast_to: Type[_T],
        body: Optional[Body] = None,
        content: Optional[Union[bytes, str]] = None,
        options: RequestOptions = {},
    ) -> Any:
        opts = FinalRequestOptions.build("delete", path, options, json_data=body, content=content)
        return await self.request(cast_to, opts)

    def get_api_list(
        self,
        path: str,
        *,
        model: Type[_T],
        page: Type[AsyncPageT],
        body: Optional[Mapping[str, object]] = None,
        options: RequestOptions = {},
        method: str = "get",
    ) -> AsyncPaginator[_T, AsyncPageT]:
        """The first page of a list endpoint (on the async client, a paginator to await);
        iterating it walks every page."""
        from .paginator import AsyncPaginator  # unasync: async-only

        request_options = FinalRequestOptions.build(method, path, options, json_data=body)
        return AsyncPaginator(self, request_options, page, model)

    _get_api_list = get_api_list
