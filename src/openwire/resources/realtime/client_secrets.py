# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import TYPE_CHECKING
from functools import cached_property

from ..._async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from ..._options import make_request_options
from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._sync.response import to_raw_response_wrapper, to_streamed_response_wrapper
from ..._types import not_given, omit
from ...types.realtime.client_secret_create_response import ClientSecretCreateResponse

if TYPE_CHECKING:
    import httpx
    from ..._types import Body, Headers, NotGiven, Omit, Query
    from ...types.realtime.client_secret_create_params import ExpiresAfter, Session

__all__ = ["ClientSecrets", "AsyncClientSecrets"]


class ClientSecrets(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> ClientSecretsWithRawResponse:
        return ClientSecretsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ClientSecretsWithStreamingResponse:
        return ClientSecretsWithStreamingResponse(self)

    def create(
        self,
        *,
        expires_after: ExpiresAfter | Omit = omit,
        session: Session | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ClientSecretCreateResponse:
        """`POST /realtime/client_secrets`."""
        body = {"expires_after": expires_after, "session": session}
        response: ClientSecretCreateResponse = self._post(
            "/realtime/client_secrets",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=ClientSecretCreateResponse,
        )
        return response


class AsyncClientSecrets(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncClientSecretsWithRawResponse:
        return AsyncClientSecretsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncClientSecretsWithStreamingResponse:
        return AsyncClientSecretsWithStreamingResponse(self)

    async def create(
        self,
        *,
        expires_after: ExpiresAfter | Omit = omit,
        session: Session | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ClientSecretCreateResponse:
        """`POST /realtime/client_secrets`."""
        body = {"expires_after": expires_after, "session": session}
        response: ClientSecretCreateResponse = await self._post(
            "/realtime/client_secrets",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=ClientSecretCreateResponse,
        )
        return response


class ClientSecretsWithRawResponse:
    def __init__(self, client_secrets: ClientSecrets) -> None:
        self._client_secrets = client_secrets
        self.create = to_raw_response_wrapper(client_secrets.create)


class ClientSecretsWithStreamingResponse:
    def __init__(self, client_secrets: ClientSecrets) -> None:
        self._client_secrets = client_secrets
        self.create = to_streamed_response_wrapper(client_secrets.create)


class AsyncClientSecretsWithRawResponse:
    def __init__(self, client_secrets: AsyncClientSecrets) -> None:
        self._client_secrets = client_secrets
        self.create = async_to_raw_response_wrapper(client_secrets.create)


class AsyncClientSecretsWithStreamingResponse:
    def __init__(self, client_secrets: AsyncClientSecrets) -> None:
        self._client_secrets = client_secrets
        self.create = async_to_streamed_response_wrapper(client_secrets.create)
