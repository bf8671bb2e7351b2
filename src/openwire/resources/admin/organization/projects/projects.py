# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional, TYPE_CHECKING
from functools import cached_property

from ....._async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from ....._options import make_request_options, path_param
from ....._resource import AsyncAPIResource, SyncAPIResource
from ....._sync.response import to_raw_response_wrapper, to_streamed_response_wrapper
from ....._types import not_given, omit
from .....pagination import AsyncConversationCursorPage, SyncConversationCursorPage
from .....types.admin.organization.project import Project

if TYPE_CHECKING:
    import httpx
    from ....._async.paginator import AsyncPaginator
    from ....._types import Body, Headers, NotGiven, Omit, Query
    from .api_keys import (
        APIKeys,
        APIKeysWithRawResponse,
        APIKeysWithStreamingResponse,
        AsyncAPIKeys,
        AsyncAPIKeysWithRawResponse,
        AsyncAPIKeysWithStreamingResponse,
    )
    from .certificates import (
        AsyncCertificates,
        AsyncCertificatesWithRawResponse,
        AsyncCertificatesWithStreamingResponse,
        Certificates,
        CertificatesWithRawResponse,
        CertificatesWithStreamingResponse,
    )
    from .data_retention import (
        AsyncDataRetention,
        AsyncDataRetentionWithRawResponse,
        AsyncDataRetentionWithStreamingResponse,
        DataRetention,
        DataRetentionWithRawResponse,
        DataRetentionWithStreamingResponse,
    )
    from .groups.groups import (
        AsyncGroups,
        AsyncGroupsWithRawResponse,
        AsyncGroupsWithStreamingResponse,
        Groups,
        GroupsWithRawResponse,
        GroupsWithStreamingResponse,
    )
    from .hosted_tool_permissions import (
        AsyncHostedToolPermissions,
        AsyncHostedToolPermissionsWithRawResponse,
        AsyncHostedToolPermissionsWithStreamingResponse,
        HostedToolPermissions,
        HostedToolPermissionsWithRawResponse,
        HostedToolPermissionsWithStreamingResponse,
    )
    from .model_permissions import (
        AsyncModelPermissions,
        AsyncModelPermissionsWithRawResponse,
        AsyncModelPermissionsWithStreamingResponse,
        ModelPermissions,
        ModelPermissionsWithRawResponse,
        ModelPermissionsWithStreamingResponse,
    )
    from .rate_limits import (
        AsyncRateLimits,
        AsyncRateLimitsWithRawResponse,
        AsyncRateLimitsWithStreamingResponse,
        RateLimits,
        RateLimitsWithRawResponse,
        RateLimitsWithStreamingResponse,
    )
    from .roles import (
        AsyncRoles,
        AsyncRolesWithRawResponse,
        AsyncRolesWithStreamingResponse,
        Roles,
        RolesWithRawResponse,
        RolesWithStreamingResponse,
    )
    from .service_accounts.service_accounts import (
        AsyncServiceAccounts,
        AsyncServiceAccountsWithRawResponse,
        AsyncServiceAccountsWithStreamingResponse,
        ServiceAccounts,
        ServiceAccountsWithRawResponse,
        ServiceAccountsWithStreamingResponse,
    )
    from .spend_alerts import (
        AsyncSpendAlerts,
        AsyncSpendAlertsWithRawResponse,
        AsyncSpendAlertsWithStreamingResponse,
        SpendAlerts,
        SpendAlertsWithRawResponse,
        SpendAlertsWithStreamingResponse,
    )
    from .spend_limit import (
        AsyncSpendLimit,
        AsyncSpendLimitWithRawResponse,
        AsyncSpendLimitWithStreamingResponse,
        SpendLimit,
        SpendLimitWithRawResponse,
        SpendLimitWithStreamingResponse,
    )
    from .users.users import (
        AsyncUsers,
        AsyncUsersWithRawResponse,
        AsyncUsersWithStreamingResponse,
        Users,
        UsersWithRawResponse,
        UsersWithStreamingResponse,
    )

__all__ = ["Projects", "AsyncProjects"]


class Projects(SyncAPIResource):
    @cached_property
    def api_keys(self) -> APIKeys:
        from .api_keys import APIKeys

        return APIKeys(self._client)

    @cached_property
    def certificates(self) -> Certificates:
        from .certificates import Certificates

        return Certificates(self._client)

    @cached_property
    def data_retention(self) -> DataRetention:
        from .data_retention import DataRetention

        return DataRetention(self._client)

    @cached_property
    def groups(self) -> Groups:
        from .groups.groups import Groups

        return Groups(self._client)

    @cached_property
    def hosted_tool_permissions(self) -> HostedToolPermissions:
        from .hosted_tool_permissions import HostedToolPermissions

        return HostedToolPermissions(self._client)

    @cached_property
    def model_permissions(self) -> ModelPermissions:
        from .model_permissions import ModelPermissions

        return ModelPermissions(self._client)

    @cached_property
    def rate_limits(self) -> RateLimits:
        from .rate_limits import RateLimits

        return RateLimits(self._client)

    @cached_property
    def roles(self) -> Roles:
        from .roles import Roles

        return Roles(self._client)

    @cached_property
    def service_accounts(self) -> ServiceAccounts:
        from .service_accounts.service_accounts import ServiceAccounts

        return ServiceAccounts(self._client)

    @cached_property
    def spend_alerts(self) -> SpendAlerts:
        from .spend_alerts import SpendAlerts

        return SpendAlerts(self._client)

    @cached_property
    def spend_limit(self) -> SpendLimit:
        from .spend_limit import SpendLimit

        return SpendLimit(self._client)

    @cached_property
    def users(self) -> Users:
        from .users.users import Users

        return Users(self._client)

    @cached_property
    def with_raw_response(self) -> ProjectsWithRawResponse:
        return ProjectsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ProjectsWithStreamingResponse:
        return ProjectsWithStreamingResponse(self)

    def archive(
        self,
        project_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Project:
        """`POST /organization/projects/{project_id}/archive`."""
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        response: Project = self._post(
            f"/organization/projects/{path_param(project_id)}/archive",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=Project,
        )
        return response

    def create(
        self,
        *,
        name: str,
        external_key_id: Optional[str] | Omit = omit,
        geography: Optional[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Project:
        """`POST /organization/projects`."""
        body = {"name": name, "external_key_id": external_key_id, "geography": geography}
        response: Project = self._post(
            "/organization/projects",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=Project,
        )
        return response

    def list(
        self,
        *,
        after: str | Omit = omit,
        include_archived: bool | Omit = omit,
        limit: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncConversationCursorPage[Project]:
        """`GET /organization/projects`."""
        return self._get_api_list(
            "/organization/projects",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "include_archived": include_archived, "limit": limit},
                security={"admin_api_key_auth": True},
            ),
            page=SyncConversationCursorPage[Project],
            model=Project,
        )

    def retrieve(
        self,
        project_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Project:
        """`GET /organization/projects/{project_id}`."""
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        response: Project = self._get(
            f"/organization/projects/{path_param(project_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=Project,
        )
        return response

    def update(
        self,
        project_id: str,
        *,
        external_key_id: Optional[str] | Omit = omit,
        geography: Optional[str] | Omit = omit,
        name: Optional[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Project:
        """`POST /organization/projects/{project_id}`."""
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        body = {"external_key_id": external_key_id, "geography": geography, "name": name}
        response: Project = self._post(
            f"/organization/projects/{path_param(project_id)}",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=Project,
        )
        return response


class AsyncProjects(AsyncAPIResource):
    @cached_property
    def api_keys(self) -> AsyncAPIKeys:
        from .api_keys import AsyncAPIKeys

        return AsyncAPIKeys(self._client)

    @cached_property
    def certificates(self) -> AsyncCertificates:
        from .certificates import AsyncCertificates

        return AsyncCertificates(self._client)

    @cached_property
    def data_retention(self) -> AsyncDataRetention:
        from .data_retention import AsyncDataRetention

        return AsyncDataRetention(self._client)

    @cached_property
    def groups(self) -> AsyncGroups:
        from .groups.groups import AsyncGroups

        return AsyncGroups(self._client)

    @cached_property
    def hosted_tool_permissions(self) -> AsyncHostedToolPermissions:
        from .hosted_tool_permissions import AsyncHostedToolPermissions

        return AsyncHostedToolPermissions(self._client)

    @cached_property
    def model_permissions(self) -> AsyncModelPermissions:
        from .model_permissions import AsyncModelPermissions

        return AsyncModelPermissions(self._client)

    @cached_property
    def rate_limits(self) -> AsyncRateLimits:
        from .rate_limits import AsyncRateLimits

        return AsyncRateLimits(self._client)

    @cached_property
    def roles(self) -> AsyncRoles:
        from .roles import AsyncRoles

        return AsyncRoles(self._client)

    @cached_property
    def service_accounts(self) -> AsyncServiceAccounts:
        from .service_accounts.service_accounts import AsyncServiceAccounts

        return AsyncServiceAccounts(self._client)

    @cached_property
    def spend_alerts(self) -> AsyncSpendAlerts:
        from .spend_alerts import AsyncSpendAlerts

        return AsyncSpendAlerts(self._client)

    @cached_property
    def spend_limit(self) -> AsyncSpendLimit:
        from .spend_limit import AsyncSpendLimit

        return AsyncSpendLimit(self._client)

    @cached_property
    def users(self) -> AsyncUsers:
        from .users.users import AsyncUsers

        return AsyncUsers(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncProjectsWithRawResponse:
        return AsyncProjectsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncProjectsWithStreamingResponse:
        return AsyncProjectsWithStreamingResponse(self)

    async def archive(
        self,
        project_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Project:
        """`POST /organization/projects/{project_id}/archive`."""
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        response: Project = await self._post(
            f"/organization/projects/{path_param(project_id)}/archive",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=Project,
        )
        return response

    async def create(
        self,
        *,
        name: str,
        external_key_id: Optional[str] | Omit = omit,
        geography: Optional[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Project:
        """`POST /organization/projects`."""
        body = {"name": name, "external_key_id": external_key_id, "geography": geography}
        response: Project = await self._post(
            "/organization/projects",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=Project,
        )
        return response

    def list(
        self,
        *,
        after: str | Omit = omit,
        include_archived: bool | Omit = omit,
        limit: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[Project, AsyncConversationCursorPage[Project]]:
        """`GET /organization/projects`."""
        return self._get_api_list(
            "/organization/projects",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "include_archived": include_archived, "limit": limit},
                security={"admin_api_key_auth": True},
            ),
            page=AsyncConversationCursorPage[Project],
            model=Project,
        )

    async def retrieve(
        self,
        project_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Project:
        """`GET /organization/projects/{project_id}`."""
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        response: Project = await self._get(
            f"/organization/projects/{path_param(project_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=Project,
        )
        return response

    async def update(
        self,
        project_id: str,
        *,
        external_key_id: Optional[str] | Omit = omit,
        geography: Optional[str] | Omit = omit,
        name: Optional[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Project:
        """`POST /organization/projects/{project_id}`."""
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        body = {"external_key_id": external_key_id, "geography": geography, "name": name}
        response: Project = await self._post(
            f"/organization/projects/{path_param(project_id)}",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=Project,
        )
        return response


class ProjectsWithRawResponse:
    def __init__(self, projects: Projects) -> None:
        self._projects = projects
        self.archive = to_raw_response_wrapper(projects.archive)
        self.create = to_raw_response_wrapper(projects.create)
        self.list = to_raw_response_wrapper(projects.list)
        self.retrieve = to_raw_response_wrapper(projects.retrieve)
        self.update = to_raw_response_wrapper(projects.update)

    @cached_property
    def api_keys(self) -> APIKeysWithRawResponse:
        from .api_keys import APIKeysWithRawResponse

        return APIKeysWithRawResponse(self._projects.api_keys)

    @cached_property
    def certificates(self) -> CertificatesWithRawResponse:
        from .certificates import CertificatesWithRawResponse

        return CertificatesWithRawResponse(self._projects.certificates)

    @cached_property
    def data_retention(self) -> DataRetentionWithRawResponse:
        from .data_retention import DataRetentionWithRawResponse

        return DataRetentionWithRawResponse(self._projects.data_retention)

    @cached_property
    def groups(self) -> GroupsWithRawResponse:
        from .groups.groups import GroupsWithRawResponse

        return GroupsWithRawResponse(self._projects.groups)

    @cached_property
    def hosted_tool_permissions(self) -> HostedToolPermissionsWithRawResponse:
        from .hosted_tool_permissions import HostedToolPermissionsWithRawResponse

        return HostedToolPermissionsWithRawResponse(self._projects.hosted_tool_permissions)

    @cached_property
    def model_permissions(self) -> ModelPermissionsWithRawResponse:
        from .model_permissions import ModelPermissionsWithRawResponse

        return ModelPermissionsWithRawResponse(self._projects.model_permissions)

    @cached_property
    def rate_limits(self) -> RateLimitsWithRawResponse:
        from .rate_limits import RateLimitsWithRawResponse

        return RateLimitsWithRawResponse(self._projects.rate_limits)

    @cached_property
    def roles(self) -> RolesWithRawResponse:
        from .roles import RolesWithRawResponse

        return RolesWithRawResponse(self._projects.roles)

    @cached_property
    def service_accounts(self) -> ServiceAccountsWithRawResponse:
        from .service_accounts.service_accounts import ServiceAccountsWithRawResponse

        return ServiceAccountsWithRawResponse(self._projects.service_accounts)

    @cached_property
    def spend_alerts(self) -> SpendAlertsWithRawResponse:
        from .spend_alerts import SpendAlertsWithRawResponse

        return SpendAlertsWithRawResponse(self._projects.spend_alerts)

    @cached_property
    def spend_limit(self) -> SpendLimitWithRawResponse:
        from .spend_limit import SpendLimitWithRawResponse

        return SpendLimitWithRawResponse(self._projects.spend_limit)

    @cached_property
    def users(self) -> UsersWithRawResponse:
        from .users.users import UsersWithRawResponse

        return UsersWithRawResponse(self._projects.users)


class ProjectsWithStreamingResponse:
    def __init__(self, projects: Projects) -> None:
        self._projects = projects
        self.archive = to_streamed_response_wrapper(projects.archive)
        self.create = to_streamed_response_wrapper(projects.create)
        self.list = to_streamed_response_wrapper(projects.list)
        self.retrieve = to_streamed_response_wrapper(projects.retrieve)
        self.update = to_streamed_response_wrapper(projects.update)

    @cached_property
    def api_keys(self) -> APIKeysWithStreamingResponse:
        from .api_keys import APIKeysWithStreamingResponse

        return APIKeysWithStreamingResponse(self._projects.api_keys)

    @cached_property
    def certificates(self) -> CertificatesWithStreamingResponse:
        from .certificates import CertificatesWithStreamingResponse

        return CertificatesWithStreamingResponse(self._projects.certificates)

    @cached_property
    def data_retention(self) -> DataRetentionWithStreamingResponse:
        from .data_retention import DataRetentionWithStreamingResponse

        return DataRetentionWithStreamingResponse(self._projects.data_retention)

    @cached_property
    def groups(self) -> GroupsWithStreamingResponse:
        from .groups.groups import GroupsWithStreamingResponse

        return GroupsWithStreamingResponse(self._projects.groups)

    @cached_property
    def hosted_tool_permissions(self) -> HostedToolPermissionsWithStreamingResponse:
        from .hosted_tool_permissions import HostedToolPermissionsWithStreamingResponse

        return HostedToolPermissionsWithStreamingResponse(self._projects.hosted_tool_permissions)

    @cached_property
    def model_permissions(self) -> ModelPermissionsWithStreamingResponse:
        from .model_permissions import ModelPermissionsWithStreamingResponse

        return ModelPermissionsWithStreamingResponse(self._projects.model_permissions)

    @cached_property
    def rate_limits(self) -> RateLimitsWithStreamingResponse:
        from .rate_limits import RateLimitsWithStreamingResponse

        return RateLimitsWithStreamingResponse(self._projects.rate_limits)

    @cached_property
    def roles(self) -> RolesWithStreamingResponse:
        from .roles import RolesWithStreamingResponse

        return RolesWithStreamingResponse(self._projects.roles)

    @cached_property
    def service_accounts(self) -> ServiceAccountsWithStreamingResponse:
        from .service_accounts.service_accounts import ServiceAccountsWithStreamingResponse

        return ServiceAccountsWithStreamingResponse(self._projects.service_accounts)

    @cached_property
    def spend_alerts(self) -> SpendAlertsWithStreamingResponse:
        from .spend_alerts import SpendAlertsWithStreamingResponse

        return SpendAlertsWithStreamingResponse(self._projects.spend_alerts)

    @cached_property
    def spend_limit(self) -> SpendLimitWithStreamingResponse:
        from .spend_limit import SpendLimitWithStreamingResponse

        return SpendLimitWithStreamingResponse(self._projects.spend_limit)

    @cached_property
    def users(self) -> UsersWithStreamingResponse:
        from .users.users import UsersWithStreamingResponse

        return UsersWithStreamingResponse(self._projects.users)


class AsyncProjectsWithRawResponse:
    def __init__(self, projects: AsyncProjects) -> None:
        self._projects = projects
        self.archive = async_to_raw_response_wrapper(projects.archive)
        self.create = async_to_raw_response_wrapper(projects.create)
        self.list = async_to_raw_response_wrapper(projects.list)
        self.retrieve = async_to_raw_response_wrapper(projects.retrieve)
        self.update = async_to_raw_response_wrapper(projects.update)

    @cached_property
    def api_keys(self) -> AsyncAPIKeysWithRawResponse:
        from .api_keys import AsyncAPIKeysWithRawResponse

        return AsyncAPIKeysWithRawResponse(self._projects.api_keys)

    @cached_property
    def certificates(self) -> AsyncCertificatesWithRawResponse:
        from .certificates import AsyncCertificatesWithRawResponse

        return AsyncCertificatesWithRawResponse(self._projects.certificates)

    @cached_property
    def data_retention(self) -> AsyncDataRetentionWithRawResponse:
        from .data_retention import AsyncDataRetentionWithRawResponse

        return AsyncDataRetentionWithRawResponse(self._projects.data_retention)

    @cached_property
    def groups(self) -> AsyncGroupsWithRawResponse:
        from .groups.groups import AsyncGroupsWithRawResponse

        return AsyncGroupsWithRawResponse(self._projects.groups)

    @cached_property
    def hosted_tool_permissions(self) -> AsyncHostedToolPermissionsWithRawResponse:
        from .hosted_tool_permissions import AsyncHostedToolPermissionsWithRawResponse

        return AsyncHostedToolPermissionsWithRawResponse(self._projects.hosted_tool_permissions)

    @cached_property
    def model_permissions(self) -> AsyncModelPermissionsWithRawResponse:
        from .model_permissions import AsyncModelPermissionsWithRawResponse

        return AsyncModelPermissionsWithRawResponse(self._projects.model_permissions)

    @cached_property
    def rate_limits(self) -> AsyncRateLimitsWithRawResponse:
        from .rate_limits import AsyncRateLimitsWithRawResponse

        return AsyncRateLimitsWithRawResponse(self._projects.rate_limits)

    @cached_property
    def roles(self) -> AsyncRolesWithRawResponse:
        from .roles import AsyncRolesWithRawResponse

        return AsyncRolesWithRawResponse(self._projects.roles)

    @cached_property
    def service_accounts(self) -> AsyncServiceAccountsWithRawResponse:
        from .service_accounts.service_accounts import AsyncServiceAccountsWithRawResponse

        return AsyncServiceAccountsWithRawResponse(self._projects.service_accounts)

    @cached_property
    def spend_alerts(self) -> AsyncSpendAlertsWithRawResponse:
        from .spend_alerts import AsyncSpendAlertsWithRawResponse

        return AsyncSpendAlertsWithRawResponse(self._projects.spend_alerts)

    @cached_property
    def spend_limit(self) -> AsyncSpendLimitWithRawResponse:
        from .spend_limit import AsyncSpendLimitWithRawResponse

        return AsyncSpendLimitWithRawResponse(self._projects.spend_limit)

    @cached_property
    def users(self) -> AsyncUsersWithRawResponse:
        from .users.users import AsyncUsersWithRawResponse

        return AsyncUsersWithRawResponse(self._projects.users)


class AsyncProjectsWithStreamingResponse:
    def __init__(self, projects: AsyncProjects) -> None:
        self._projects = projects
        self.archive = async_to_streamed_response_wrapper(projects.archive)
        self.create = async_to_streamed_response_wrapper(projects.create)
        self.list = async_to_streamed_response_wrapper(projects.list)
        self.retrieve = async_to_streamed_response_wrapper(projects.retrieve)
        self.update = async_to_streamed_response_wrapper(projects.update)

    @cached_property
    def api_keys(self) -> AsyncAPIKeysWithStreamingResponse:
        from .api_keys import AsyncAPIKeysWithStreamingResponse

        return AsyncAPIKeysWithStreamingResponse(self._projects.api_keys)

    @cached_property
    def certificates(self) -> AsyncCertificatesWithStreamingResponse:
        from .certificates import AsyncCertificatesWithStreamingResponse

        return AsyncCertificatesWithStreamingResponse(self._projects.certificates)

    @cached_property
    def data_retention(self) -> AsyncDataRetentionWithStreamingResponse:
        from .data_retention import AsyncDataRetentionWithStreamingResponse

        return AsyncDataRetentionWithStreamingResponse(self._projects.data_retention)

    @cached_property
    def groups(self) -> AsyncGroupsWithStreamingResponse:
        from .groups.groups import AsyncGroupsWithStreamingResponse

        return AsyncGroupsWithStreamingResponse(self._projects.groups)

    @cached_property
    def hosted_tool_permissions(self) -> AsyncHostedToolPermissionsWithStreamingResponse:
        from .hosted_tool_permissions import AsyncHostedToolPermissionsWithStreamingResponse

        return AsyncHostedToolPermissionsWithStreamingResponse(self._projects.hosted_tool_permissions)

    @cached_property
    def model_permissions(self) -> AsyncModelPermissionsWithStreamingResponse:
        from .model_permissions import AsyncModelPermissionsWithStreamingResponse

        return AsyncModelPermissionsWithStreamingResponse(self._projects.model_permissions)

    @cached_property
    def rate_limits(self) -> AsyncRateLimitsWithStreamingResponse:
        from .rate_limits import AsyncRateLimitsWithStreamingResponse

        return AsyncRateLimitsWithStreamingResponse(self._projects.rate_limits)

    @cached_property
    def roles(self) -> AsyncRolesWithStreamingResponse:
        from .roles import AsyncRolesWithStreamingResponse

        return AsyncRolesWithStreamingResponse(self._projects.roles)

    @cached_property
    def service_accounts(self) -> AsyncServiceAccountsWithStreamingResponse:
        from .service_accounts.service_accounts import AsyncServiceAccountsWithStreamingResponse

        return AsyncServiceAccountsWithStreamingResponse(self._projects.service_accounts)

    @cached_property
    def spend_alerts(self) -> AsyncSpendAlertsWithStreamingResponse:
        from .spend_alerts import AsyncSpendAlertsWithStreamingResponse

        return AsyncSpendAlertsWithStreamingResponse(self._projects.spend_alerts)

    @cached_property
    def spend_limit(self) -> AsyncSpendLimitWithStreamingResponse:
        from .spend_limit import AsyncSpendLimitWithStreamingResponse

        return AsyncSpendLimitWithStreamingResponse(self._projects.spend_limit)

    @cached_property
    def users(self) -> AsyncUsersWithStreamingResponse:
        from .users.users import AsyncUsersWithStreamingResponse

        return AsyncUsersWithStreamingResponse(self._projects.users)
