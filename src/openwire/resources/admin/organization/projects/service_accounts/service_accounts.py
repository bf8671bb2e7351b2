# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional, TYPE_CHECKING
from typing_extensions import Literal
from functools import cached_property

from ......_async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from ......_options import make_request_options, path_param
from ......_resource import AsyncAPIResource, SyncAPIResource
from ......_sync.response import to_raw_response_wrapper, to_streamed_response_wrapper
from ......_types import not_given, omit
from ......pagination import AsyncConversationCursorPage, SyncConversationCursorPage
from ......types.admin.organization.projects.project_service_account import ProjectServiceAccount
from ......types.admin.organization.projects.service_account_create_response import ServiceAccountCreateResponse
from ......types.admin.organization.projects.service_account_delete_response import ServiceAccountDeleteResponse

if TYPE_CHECKING:
    import httpx
    from ......_async.paginator import AsyncPaginator
    from ......_types import Body, Headers, NotGiven, Omit, Query
    from .api_keys import (
        APIKeys,
        APIKeysWithRawResponse,
        APIKeysWithStreamingResponse,
        AsyncAPIKeys,
        AsyncAPIKeysWithRawResponse,
        AsyncAPIKeysWithStreamingResponse,
    )

__all__ = ["ServiceAccounts", "AsyncServiceAccounts"]


class ServiceAccounts(SyncAPIResource):
    @cached_property
    def api_keys(self) -> APIKeys:
        from .api_keys import APIKeys

        return APIKeys(self._client)

    @cached_property
    def with_raw_response(self) -> ServiceAccountsWithRawResponse:
        return ServiceAccountsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ServiceAccountsWithStreamingResponse:
        return ServiceAccountsWithStreamingResponse(self)

    def create(
        self,
        project_id: str,
        *,
        name: str,
        create_service_account_only: Optional[bool] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ServiceAccountCreateResponse:
        """`POST /organization/projects/{project_id}/service_accounts`."""
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        body = {"name": name, "create_service_account_only": create_service_account_only}
        response: ServiceAccountCreateResponse = self._post(
            f"/organization/projects/{path_param(project_id)}/service_accounts",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=ServiceAccountCreateResponse,
        )
        return response

    def delete(
        self,
        service_account_id: str,
        *,
        project_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ServiceAccountDeleteResponse:
        """`DELETE /organization/projects/{project_id}/service_accounts/{service_account_id}`."""
        if not service_account_id:
            raise ValueError(f"Expected a non-empty value for `service_account_id` but received {service_account_id!r}")
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        response: ServiceAccountDeleteResponse = self._delete(
            f"/organization/projects/{path_param(project_id)}/service_accounts/{path_param(service_account_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=ServiceAccountDeleteResponse,
        )
        return response

    def list(
        self,
        project_id: str,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncConversationCursorPage[ProjectServiceAccount]:
        """`GET /organization/projects/{project_id}/service_accounts`."""
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        return self._get_api_list(
            f"/organization/projects/{path_param(project_id)}/service_accounts",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "limit": limit},
                security={"admin_api_key_auth": True},
            ),
            page=SyncConversationCursorPage[ProjectServiceAccount],
            model=ProjectServiceAccount,
        )

    def retrieve(
        self,
        service_account_id: str,
        *,
        project_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectServiceAccount:
        """`GET /organization/projects/{project_id}/service_accounts/{service_account_id}`."""
        if not service_account_id:
            raise ValueError(f"Expected a non-empty value for `service_account_id` but received {service_account_id!r}")
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        response: ProjectServiceAccount = self._get(
            f"/organization/projects/{path_param(project_id)}/service_accounts/{path_param(service_account_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=ProjectServiceAccount,
        )
        return response

    def update(
        self,
        service_account_id: str,
        *,
        project_id: str,
        name: str | Omit = omit,
        role: Literal["member", "owner"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectServiceAccount:
        """`POST /organization/projects/{project_id}/service_accounts/{service_account_id}`."""
        if not service_account_id:
            raise ValueError(f"Expected a non-empty value for `service_account_id` but received {service_account_id!r}")
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        body = {"name": name, "role": role}
        response: ProjectServiceAccount = self._post(
            f"/organization/projects/{path_param(project_id)}/service_accounts/{path_param(service_account_id)}",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=ProjectServiceAccount,
        )
        return response


class AsyncServiceAccounts(AsyncAPIResource):
    @cached_property
    def api_keys(self) -> AsyncAPIKeys:
        from .api_keys import AsyncAPIKeys

        return AsyncAPIKeys(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncServiceAccountsWithRawResponse:
        return AsyncServiceAccountsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncServiceAccountsWithStreamingResponse:
        return AsyncServiceAccountsWithStreamingResponse(self)

    async def create(
        self,
        project_id: str,
        *,
        name: str,
        create_service_account_only: Optional[bool] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ServiceAccountCreateResponse:
        """`POST /organization/projects/{project_id}/service_accounts`."""
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        body = {"name": name, "create_service_account_only": create_service_account_only}
        response: ServiceAccountCreateResponse = await self._post(
            f"/organization/projects/{path_param(project_id)}/service_accounts",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=ServiceAccountCreateResponse,
        )
        return response

    async def delete(
        self,
        service_account_id: str,
        *,
        project_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ServiceAccountDeleteResponse:
        """`DELETE /organization/projects/{project_id}/service_accounts/{service_account_id}`."""
        if not service_account_id:
            raise ValueError(f"Expected a non-empty value for `service_account_id` but received {service_account_id!r}")
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        response: ServiceAccountDeleteResponse = await self._delete(
            f"/organization/projects/{path_param(project_id)}/service_accounts/{path_param(service_account_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=ServiceAccountDeleteResponse,
        )
        return response

    def list(
        self,
        project_id: str,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[ProjectServiceAccount, AsyncConversationCursorPage[ProjectServiceAccount]]:
        """`GET /organization/projects/{project_id}/service_accounts`."""
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        return self._get_api_list(
            f"/organization/projects/{path_param(project_id)}/service_accounts",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "limit": limit},
                security={"admin_api_key_auth": True},
            ),
            page=AsyncConversationCursorPage[ProjectServiceAccount],
            model=ProjectServiceAccount,
        )

    async def retrieve(
        self,
        service_account_id: str,
        *,
        project_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectServiceAccount:
        """`GET /organization/projects/{project_id}/service_accounts/{service_account_id}`."""
        if not service_account_id:
            raise ValueError(f"Expected a non-empty value for `service_account_id` but received {service_account_id!r}")
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        response: ProjectServiceAccount = await self._get(
            f"/organization/projects/{path_param(project_id)}/service_accounts/{path_param(service_account_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=ProjectServiceAccount,
        )
        return response

    async def update(
        self,
        service_account_id: str,
        *,
        project_id: str,
        name: str | Omit = omit,
        role: Literal["member", "owner"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectServiceAccount:
        """`POST /organization/projects/{project_id}/service_accounts/{service_account_id}`."""
        if not service_account_id:
            raise ValueError(f"Expected a non-empty value for `service_account_id` but received {service_account_id!r}")
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        body = {"name": name, "role": role}
        response: ProjectServiceAccount = await self._post(
            f"/organization/projects/{path_param(project_id)}/service_accounts/{path_param(service_account_id)}",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=ProjectServiceAccount,
        )
        return response


class ServiceAccountsWithRawResponse:
    def __init__(self, service_accounts: ServiceAccounts) -> None:
        self._service_accounts = service_accounts
        self.create = to_raw_response_wrapper(service_accounts.create)
        self.delete = to_raw_response_wrapper(service_accounts.delete)
        self.list = to_raw_response_wrapper(service_accounts.list)
        self.retrieve = to_raw_response_wrapper(service_accounts.retrieve)
        self.update = to_raw_response_wrapper(service_accounts.update)

    @cached_property
    def api_keys(self) -> APIKeysWithRawResponse:
        from .api_keys import APIKeysWithRawResponse

        return APIKeysWithRawResponse(self._service_accounts.api_keys)


class ServiceAccountsWithStreamingResponse:
    def __init__(self, service_accounts: ServiceAccounts) -> None:
        self._service_accounts = service_accounts
        self.create = to_streamed_response_wrapper(service_accounts.create)
        self.delete = to_streamed_response_wrapper(service_accounts.delete)
        self.list = to_streamed_response_wrapper(service_accounts.list)
        self.retrieve = to_streamed_response_wrapper(service_accounts.retrieve)
        self.update = to_streamed_response_wrapper(service_accounts.update)

    @cached_property
    def api_keys(self) -> APIKeysWithStreamingResponse:
        from .api_keys import APIKeysWithStreamingResponse

        return APIKeysWithStreamingResponse(self._service_accounts.api_keys)


class AsyncServiceAccountsWithRawResponse:
    def __init__(self, service_accounts: AsyncServiceAccounts) -> None:
        self._service_accounts = service_accounts
        self.create = async_to_raw_response_wrapper(service_accounts.create)
        self.delete = async_to_raw_response_wrapper(service_accounts.delete)
        self.list = async_to_raw_response_wrapper(service_accounts.list)
        self.retrieve = async_to_raw_response_wrapper(service_accounts.retrieve)
        self.update = async_to_raw_response_wrapper(service_accounts.update)

    @cached_property
    def api_keys(self) -> AsyncAPIKeysWithRawResponse:
        from .api_keys import AsyncAPIKeysWithRawResponse

        return AsyncAPIKeysWithRawResponse(self._service_accounts.api_keys)


class AsyncServiceAccountsWithStreamingResponse:
    def __init__(self, service_accounts: AsyncServiceAccounts) -> None:
        self._service_accounts = service_accounts
        self.create = async_to_streamed_response_wrapper(service_accounts.create)
        self.delete = async_to_streamed_response_wrapper(service_accounts.delete)
        self.list = async_to_streamed_response_wrapper(service_accounts.list)
        self.retrieve = async_to_streamed_response_wrapper(service_accounts.retrieve)
        self.update = async_to_streamed_response_wrapper(service_accounts.update)

    @cached_property
    def api_keys(self) -> AsyncAPIKeysWithStreamingResponse:
        from .api_keys import AsyncAPIKeysWithStreamingResponse

        return AsyncAPIKeysWithStreamingResponse(self._service_accounts.api_keys)
