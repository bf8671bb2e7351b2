# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import TYPE_CHECKING
from functools import cached_property

from ......_async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from ......_options import make_request_options, path_param
from ......_resource import AsyncAPIResource, SyncAPIResource
from ......_sync.response import to_raw_response_wrapper, to_streamed_response_wrapper
from ......_types import not_given, omit
from ......types.admin.organization.projects.service_accounts.api_key_create_response import APIKeyCreateResponse

if TYPE_CHECKING:
    import httpx
    from ......_types import Body, Headers, NotGiven, Omit, Query, SequenceNotStr

__all__ = ["APIKeys", "AsyncAPIKeys"]


class APIKeys(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> APIKeysWithRawResponse:
        return APIKeysWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> APIKeysWithStreamingResponse:
        return APIKeysWithStreamingResponse(self)

    def create(
        self,
        service_account_id: str,
        *,
        project_id: str,
        name: str | Omit = omit,
        scopes: SequenceNotStr[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> APIKeyCreateResponse:
        """`POST /organization/projects/{project_id}/service_accounts/{service_account_id}/api_keys`."""
        if not service_account_id:
            raise ValueError(f"Expected a non-empty value for `service_account_id` but received {service_account_id!r}")
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        body = {"name": name, "scopes": scopes}
        response: APIKeyCreateResponse = self._post(
            f"/organization/projects/{path_param(project_id)}/service_accounts/{path_param(service_account_id)}/api_keys",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=APIKeyCreateResponse,
        )
        return response


class AsyncAPIKeys(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncAPIKeysWithRawResponse:
        return AsyncAPIKeysWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAPIKeysWithStreamingResponse:
        return AsyncAPIKeysWithStreamingResponse(self)

    async def create(
        self,
        service_account_id: str,
        *,
        project_id: str,
        name: str | Omit = omit,
        scopes: SequenceNotStr[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> APIKeyCreateResponse:
        """`POST /organization/projects/{project_id}/service_accounts/{service_account_id}/api_keys`."""
        if not service_account_id:
            raise ValueError(f"Expected a non-empty value for `service_account_id` but received {service_account_id!r}")
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        body = {"name": name, "scopes": scopes}
        response: APIKeyCreateResponse = await self._post(
            f"/organization/projects/{path_param(project_id)}/service_accounts/{path_param(service_account_id)}/api_keys",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=APIKeyCreateResponse,
        )
        return response


class APIKeysWithRawResponse:
    def __init__(self, api_keys: APIKeys) -> None:
        self._api_keys = api_keys
        self.create = to_raw_response_wrapper(api_keys.create)


class APIKeysWithStreamingResponse:
    def __init__(self, api_keys: APIKeys) -> None:
        self._api_keys = api_keys
        self.create = to_streamed_response_wrapper(api_keys.create)


class AsyncAPIKeysWithRawResponse:
    def __init__(self, api_keys: AsyncAPIKeys) -> None:
        self._api_keys = api_keys
        self.create = async_to_raw_response_wrapper(api_keys.create)


class AsyncAPIKeysWithStreamingResponse:
    def __init__(self, api_keys: AsyncAPIKeys) -> None:
        self._api_keys = api_keys
        self.create = async_to_streamed_response_wrapper(api_keys.create)
