# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional, TYPE_CHECKING
from typing_extensions import Literal
from functools import cached_property

from ...._async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from ...._options import make_request_options, path_param
from ...._resource import AsyncAPIResource, SyncAPIResource
from ...._sync.response import to_raw_response_wrapper, to_streamed_response_wrapper
from ...._types import not_given, omit
from ....pagination import AsyncCursorPage, SyncCursorPage
from ....types.admin.organization.admin_api_key import AdminAPIKey
from ....types.admin.organization.admin_api_key_create_response import AdminAPIKeyCreateResponse
from ....types.admin.organization.admin_api_key_delete_response import AdminAPIKeyDeleteResponse

if TYPE_CHECKING:
    import httpx
    from ...._async.paginator import AsyncPaginator
    from ...._types import Body, Headers, NotGiven, Omit, Query

__all__ = ["AdminAPIKeys", "AsyncAdminAPIKeys"]


class AdminAPIKeys(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AdminAPIKeysWithRawResponse:
        return AdminAPIKeysWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AdminAPIKeysWithStreamingResponse:
        return AdminAPIKeysWithStreamingResponse(self)

    def create(
        self,
        *,
        name: str,
        expires_in_seconds: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AdminAPIKeyCreateResponse:
        """`POST /organization/admin_api_keys`."""
        body = {"name": name, "expires_in_seconds": expires_in_seconds}
        response: AdminAPIKeyCreateResponse = self._post(
            "/organization/admin_api_keys",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=AdminAPIKeyCreateResponse,
        )
        return response

    def delete(
        self,
        key_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AdminAPIKeyDeleteResponse:
        """`DELETE /organization/admin_api_keys/{key_id}`."""
        if not key_id:
            raise ValueError(f"Expected a non-empty value for `key_id` but received {key_id!r}")
        response: AdminAPIKeyDeleteResponse = self._delete(
            f"/organization/admin_api_keys/{path_param(key_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=AdminAPIKeyDeleteResponse,
        )
        return response

    def list(
        self,
        *,
        after: Optional[str] | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncCursorPage[AdminAPIKey]:
        """`GET /organization/admin_api_keys`."""
        return self._get_api_list(
            "/organization/admin_api_keys",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "limit": limit, "order": order},
                security={"admin_api_key_auth": True},
            ),
            page=SyncCursorPage[AdminAPIKey],
            model=AdminAPIKey,
        )

    def retrieve(
        self,
        key_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AdminAPIKey:
        """`GET /organization/admin_api_keys/{key_id}`."""
        if not key_id:
            raise ValueError(f"Expected a non-empty value for `key_id` but received {key_id!r}")
        response: AdminAPIKey = self._get(
            f"/organization/admin_api_keys/{path_param(key_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=AdminAPIKey,
        )
        return response


class AsyncAdminAPIKeys(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncAdminAPIKeysWithRawResponse:
        return AsyncAdminAPIKeysWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAdminAPIKeysWithStreamingResponse:
        return AsyncAdminAPIKeysWithStreamingResponse(self)

    async def create(
        self,
        *,
        name: str,
        expires_in_seconds: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AdminAPIKeyCreateResponse:
        """`POST /organization/admin_api_keys`."""
        body = {"name": name, "expires_in_seconds": expires_in_seconds}
        response: AdminAPIKeyCreateResponse = await self._post(
            "/organization/admin_api_keys",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=AdminAPIKeyCreateResponse,
        )
        return response

    async def delete(
        self,
        key_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AdminAPIKeyDeleteResponse:
        """`DELETE /organization/admin_api_keys/{key_id}`."""
        if not key_id:
            raise ValueError(f"Expected a non-empty value for `key_id` but received {key_id!r}")
        response: AdminAPIKeyDeleteResponse = await self._delete(
            f"/organization/admin_api_keys/{path_param(key_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=AdminAPIKeyDeleteResponse,
        )
        return response

    def list(
        self,
        *,
        after: Optional[str] | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[AdminAPIKey, AsyncCursorPage[AdminAPIKey]]:
        """`GET /organization/admin_api_keys`."""
        return self._get_api_list(
            "/organization/admin_api_keys",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "limit": limit, "order": order},
                security={"admin_api_key_auth": True},
            ),
            page=AsyncCursorPage[AdminAPIKey],
            model=AdminAPIKey,
        )

    async def retrieve(
        self,
        key_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AdminAPIKey:
        """`GET /organization/admin_api_keys/{key_id}`."""
        if not key_id:
            raise ValueError(f"Expected a non-empty value for `key_id` but received {key_id!r}")
        response: AdminAPIKey = await self._get(
            f"/organization/admin_api_keys/{path_param(key_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=AdminAPIKey,
        )
        return response


class AdminAPIKeysWithRawResponse:
    def __init__(self, admin_api_keys: AdminAPIKeys) -> None:
        self._admin_api_keys = admin_api_keys
        self.create = to_raw_response_wrapper(admin_api_keys.create)
        self.delete = to_raw_response_wrapper(admin_api_keys.delete)
        self.list = to_raw_response_wrapper(admin_api_keys.list)
        self.retrieve = to_raw_response_wrapper(admin_api_keys.retrieve)


class AdminAPIKeysWithStreamingResponse:
    def __init__(self, admin_api_keys: AdminAPIKeys) -> None:
        self._admin_api_keys = admin_api_keys
        self.create = to_streamed_response_wrapper(admin_api_keys.create)
        self.delete = to_streamed_response_wrapper(admin_api_keys.delete)
        self.list = to_streamed_response_wrapper(admin_api_keys.list)
        self.retrieve = to_streamed_response_wrapper(admin_api_keys.retrieve)


class AsyncAdminAPIKeysWithRawResponse:
    def __init__(self, admin_api_keys: AsyncAdminAPIKeys) -> None:
        self._admin_api_keys = admin_api_keys
        self.create = async_to_raw_response_wrapper(admin_api_keys.create)
        self.delete = async_to_raw_response_wrapper(admin_api_keys.delete)
        self.list = async_to_raw_response_wrapper(admin_api_keys.list)
        self.retrieve = async_to_raw_response_wrapper(admin_api_keys.retrieve)


class AsyncAdminAPIKeysWithStreamingResponse:
    def __init__(self, admin_api_keys: AsyncAdminAPIKeys) -> None:
        self._admin_api_keys = admin_api_keys
        self.create = async_to_streamed_response_wrapper(admin_api_keys.create)
        self.delete = async_to_streamed_response_wrapper(admin_api_keys.delete)
        self.list = async_to_streamed_response_wrapper(admin_api_keys.list)
        self.retrieve = async_to_streamed_response_wrapper(admin_api_keys.retrieve)
