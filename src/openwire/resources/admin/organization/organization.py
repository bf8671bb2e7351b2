# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import TYPE_CHECKING
from functools import cached_property

from ...._resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from .admin_api_keys import (
        AdminAPIKeys,
        AdminAPIKeysWithRawResponse,
        AdminAPIKeysWithStreamingResponse,
        AsyncAdminAPIKeys,
        AsyncAdminAPIKeysWithRawResponse,
        AsyncAdminAPIKeysWithStreamingResponse,
    )
    from .audit_logs import (
        AsyncAuditLogs,
        AsyncAuditLogsWithRawResponse,
        AsyncAuditLogsWithStreamingResponse,
        AuditLogs,
        AuditLogsWithRawResponse,
        AuditLogsWithStreamingResponse,
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
    from .invites import (
        AsyncInvites,
        AsyncInvitesWithRawResponse,
        AsyncInvitesWithStreamingResponse,
        Invites,
        InvitesWithRawResponse,
        InvitesWithStreamingResponse,
    )
    from .projects.projects import (
        AsyncProjects,
        AsyncProjectsWithRawResponse,
        AsyncProjectsWithStreamingResponse,
        Projects,
        ProjectsWithRawResponse,
        ProjectsWithStreamingResponse,
    )
    from .roles import (
        AsyncRoles,
        AsyncRolesWithRawResponse,
        AsyncRolesWithStreamingResponse,
        Roles,
        RolesWithRawResponse,
        RolesWithStreamingResponse,
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
    from .usage import (
        AsyncUsage,
        AsyncUsageWithRawResponse,
        AsyncUsageWithStreamingResponse,
        Usage,
        UsageWithRawResponse,
        UsageWithStreamingResponse,
    )
    from .users.users import (
        AsyncUsers,
        AsyncUsersWithRawResponse,
        AsyncUsersWithStreamingResponse,
        Users,
        UsersWithRawResponse,
        UsersWithStreamingResponse,
    )

__all__ = ["Organization", "AsyncOrganization"]


class Organization(SyncAPIResource):
    @cached_property
    def admin_api_keys(self) -> AdminAPIKeys:
        from .admin_api_keys import AdminAPIKeys

        return AdminAPIKeys(self._client)

    @cached_property
    def audit_logs(self) -> AuditLogs:
        from .audit_logs import AuditLogs

        return AuditLogs(self._client)

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
    def invites(self) -> Invites:
        from .invites import Invites

        return Invites(self._client)

    @cached_property
    def projects(self) -> Projects:
        from .projects.projects import Projects

        return Projects(self._client)

    @cached_property
    def roles(self) -> Roles:
        from .roles import Roles

        return Roles(self._client)

    @cached_property
    def spend_alerts(self) -> SpendAlerts:
        from .spend_alerts import SpendAlerts

        return SpendAlerts(self._client)

    @cached_property
    def spend_limit(self) -> SpendLimit:
        from .spend_limit import SpendLimit

        return SpendLimit(self._client)

    @cached_property
    def usage(self) -> Usage:
        from .usage import Usage

        return Usage(self._client)

    @cached_property
    def users(self) -> Users:
        from .users.users import Users

        return Users(self._client)

    @cached_property
    def with_raw_response(self) -> OrganizationWithRawResponse:
        return OrganizationWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> OrganizationWithStreamingResponse:
        return OrganizationWithStreamingResponse(self)


class AsyncOrganization(AsyncAPIResource):
    @cached_property
    def admin_api_keys(self) -> AsyncAdminAPIKeys:
        from .admin_api_keys import AsyncAdminAPIKeys

        return AsyncAdminAPIKeys(self._client)

    @cached_property
    def audit_logs(self) -> AsyncAuditLogs:
        from .audit_logs import AsyncAuditLogs

        return AsyncAuditLogs(self._client)

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
    def invites(self) -> AsyncInvites:
        from .invites import AsyncInvites

        return AsyncInvites(self._client)

    @cached_property
    def projects(self) -> AsyncProjects:
        from .projects.projects import AsyncProjects

        return AsyncProjects(self._client)

    @cached_property
    def roles(self) -> AsyncRoles:
        from .roles import AsyncRoles

        return AsyncRoles(self._client)

    @cached_property
    def spend_alerts(self) -> AsyncSpendAlerts:
        from .spend_alerts import AsyncSpendAlerts

        return AsyncSpendAlerts(self._client)

    @cached_property
    def spend_limit(self) -> AsyncSpendLimit:
        from .spend_limit import AsyncSpendLimit

        return AsyncSpendLimit(self._client)

    @cached_property
    def usage(self) -> AsyncUsage:
        from .usage import AsyncUsage

        return AsyncUsage(self._client)

    @cached_property
    def users(self) -> AsyncUsers:
        from .users.users import AsyncUsers

        return AsyncUsers(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncOrganizationWithRawResponse:
        return AsyncOrganizationWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncOrganizationWithStreamingResponse:
        return AsyncOrganizationWithStreamingResponse(self)


class OrganizationWithRawResponse:
    def __init__(self, organization: Organization) -> None:
        self._organization = organization

    @cached_property
    def admin_api_keys(self) -> AdminAPIKeysWithRawResponse:
        from .admin_api_keys import AdminAPIKeysWithRawResponse

        return AdminAPIKeysWithRawResponse(self._organization.admin_api_keys)

    @cached_property
    def audit_logs(self) -> AuditLogsWithRawResponse:
        from .audit_logs import AuditLogsWithRawResponse

        return AuditLogsWithRawResponse(self._organization.audit_logs)

    @cached_property
    def certificates(self) -> CertificatesWithRawResponse:
        from .certificates import CertificatesWithRawResponse

        return CertificatesWithRawResponse(self._organization.certificates)

    @cached_property
    def data_retention(self) -> DataRetentionWithRawResponse:
        from .data_retention import DataRetentionWithRawResponse

        return DataRetentionWithRawResponse(self._organization.data_retention)

    @cached_property
    def groups(self) -> GroupsWithRawResponse:
        from .groups.groups import GroupsWithRawResponse

        return GroupsWithRawResponse(self._organization.groups)

    @cached_property
    def invites(self) -> InvitesWithRawResponse:
        from .invites import InvitesWithRawResponse

        return InvitesWithRawResponse(self._organization.invites)

    @cached_property
    def projects(self) -> ProjectsWithRawResponse:
        from .projects.projects import ProjectsWithRawResponse

        return ProjectsWithRawResponse(self._organization.projects)

    @cached_property
    def roles(self) -> RolesWithRawResponse:
        from .roles import RolesWithRawResponse

        return RolesWithRawResponse(self._organization.roles)

    @cached_property
    def spend_alerts(self) -> SpendAlertsWithRawResponse:
        from .spend_alerts import SpendAlertsWithRawResponse

        return SpendAlertsWithRawResponse(self._organization.spend_alerts)

    @cached_property
    def spend_limit(self) -> SpendLimitWithRawResponse:
        from .spend_limit import SpendLimitWithRawResponse

        return SpendLimitWithRawResponse(self._organization.spend_limit)

    @cached_property
    def usage(self) -> UsageWithRawResponse:
        from .usage import UsageWithRawResponse

        return UsageWithRawResponse(self._organization.usage)

    @cached_property
    def users(self) -> UsersWithRawResponse:
        from .users.users import UsersWithRawResponse

        return UsersWithRawResponse(self._organization.users)


class OrganizationWithStreamingResponse:
    def __init__(self, organization: Organization) -> None:
        self._organization = organization

    @cached_property
    def admin_api_keys(self) -> AdminAPIKeysWithStreamingResponse:
        from .admin_api_keys import AdminAPIKeysWithStreamingResponse

        return AdminAPIKeysWithStreamingResponse(self._organization.admin_api_keys)

    @cached_property
    def audit_logs(self) -> AuditLogsWithStreamingResponse:
        from .audit_logs import AuditLogsWithStreamingResponse

        return AuditLogsWithStreamingResponse(self._organization.audit_logs)

    @cached_property
    def certificates(self) -> CertificatesWithStreamingResponse:
        from .certificates import CertificatesWithStreamingResponse

        return CertificatesWithStreamingResponse(self._organization.certificates)

    @cached_property
    def data_retention(self) -> DataRetentionWithStreamingResponse:
        from .data_retention import DataRetentionWithStreamingResponse

        return DataRetentionWithStreamingResponse(self._organization.data_retention)

    @cached_property
    def groups(self) -> GroupsWithStreamingResponse:
        from .groups.groups import GroupsWithStreamingResponse

        return GroupsWithStreamingResponse(self._organization.groups)

    @cached_property
    def invites(self) -> InvitesWithStreamingResponse:
        from .invites import InvitesWithStreamingResponse

        return InvitesWithStreamingResponse(self._organization.invites)

    @cached_property
    def projects(self) -> ProjectsWithStreamingResponse:
        from .projects.projects import ProjectsWithStreamingResponse

        return ProjectsWithStreamingResponse(self._organization.projects)

    @cached_property
    def roles(self) -> RolesWithStreamingResponse:
        from .roles import RolesWithStreamingResponse

        return RolesWithStreamingResponse(self._organization.roles)

    @cached_property
    def spend_alerts(self) -> SpendAlertsWithStreamingResponse:
        from .spend_alerts import SpendAlertsWithStreamingResponse

        return SpendAlertsWithStreamingResponse(self._organization.spend_alerts)

    @cached_property
    def spend_limit(self) -> SpendLimitWithStreamingResponse:
        from .spend_limit import SpendLimitWithStreamingResponse

        return SpendLimitWithStreamingResponse(self._organization.spend_limit)

    @cached_property
    def usage(self) -> UsageWithStreamingResponse:
        from .usage import UsageWithStreamingResponse

        return UsageWithStreamingResponse(self._organization.usage)

    @cached_property
    def users(self) -> UsersWithStreamingResponse:
        from .users.users import UsersWithStreamingResponse

        return UsersWithStreamingResponse(self._organization.users)


class AsyncOrganizationWithRawResponse:
    def __init__(self, organization: AsyncOrganization) -> None:
        self._organization = organization

    @cached_property
    def admin_api_keys(self) -> AsyncAdminAPIKeysWithRawResponse:
        from .admin_api_keys import AsyncAdminAPIKeysWithRawResponse

        return AsyncAdminAPIKeysWithRawResponse(self._organization.admin_api_keys)

    @cached_property
    def audit_logs(self) -> AsyncAuditLogsWithRawResponse:
        from .audit_logs import AsyncAuditLogsWithRawResponse

        return AsyncAuditLogsWithRawResponse(self._organization.audit_logs)

    @cached_property
    def certificates(self) -> AsyncCertificatesWithRawResponse:
        from .certificates import AsyncCertificatesWithRawResponse

        return AsyncCertificatesWithRawResponse(self._organization.certificates)

    @cached_property
    def data_retention(self) -> AsyncDataRetentionWithRawResponse:
        from .data_retention import AsyncDataRetentionWithRawResponse

        return AsyncDataRetentionWithRawResponse(self._organization.data_retention)

    @cached_property
    def groups(self) -> AsyncGroupsWithRawResponse:
        from .groups.groups import AsyncGroupsWithRawResponse

        return AsyncGroupsWithRawResponse(self._organization.groups)

    @cached_property
    def invites(self) -> AsyncInvitesWithRawResponse:
        from .invites import AsyncInvitesWithRawResponse

        return AsyncInvitesWithRawResponse(self._organization.invites)

    @cached_property
    def projects(self) -> AsyncProjectsWithRawResponse:
        from .projects.projects import AsyncProjectsWithRawResponse

        return AsyncProjectsWithRawResponse(self._organization.projects)

    @cached_property
    def roles(self) -> AsyncRolesWithRawResponse:
        from .roles import AsyncRolesWithRawResponse

        return AsyncRolesWithRawResponse(self._organization.roles)

    @cached_property
    def spend_alerts(self) -> AsyncSpendAlertsWithRawResponse:
        from .spend_alerts import AsyncSpendAlertsWithRawResponse

        return AsyncSpendAlertsWithRawResponse(self._organization.spend_alerts)

    @cached_property
    def spend_limit(self) -> AsyncSpendLimitWithRawResponse:
        from .spend_limit import AsyncSpendLimitWithRawResponse

        return AsyncSpendLimitWithRawResponse(self._organization.spend_limit)

    @cached_property
    def usage(self) -> AsyncUsageWithRawResponse:
        from .usage import AsyncUsageWithRawResponse

        return AsyncUsageWithRawResponse(self._organization.usage)

    @cached_property
    def users(self) -> AsyncUsersWithRawResponse:
        from .users.users import AsyncUsersWithRawResponse

        return AsyncUsersWithRawResponse(self._organization.users)


class AsyncOrganizationWithStreamingResponse:
    def __init__(self, organization: AsyncOrganization) -> None:
        self._organization = organization

    @cached_property
    def admin_api_keys(self) -> AsyncAdminAPIKeysWithStreamingResponse:
        from .admin_api_keys import AsyncAdminAPIKeysWithStreamingResponse

        return AsyncAdminAPIKeysWithStreamingResponse(self._organization.admin_api_keys)

    @cached_property
    def audit_logs(self) -> AsyncAuditLogsWithStreamingResponse:
        from .audit_logs import AsyncAuditLogsWithStreamingResponse

        return AsyncAuditLogsWithStreamingResponse(self._organization.audit_logs)

    @cached_property
    def certificates(self) -> AsyncCertificatesWithStreamingResponse:
        from .certificates import AsyncCertificatesWithStreamingResponse

        return AsyncCertificatesWithStreamingResponse(self._organization.certificates)

    @cached_property
    def data_retention(self) -> AsyncDataRetentionWithStreamingResponse:
        from .data_retention import AsyncDataRetentionWithStreamingResponse

        return AsyncDataRetentionWithStreamingResponse(self._organization.data_retention)

    @cached_property
    def groups(self) -> AsyncGroupsWithStreamingResponse:
        from .groups.groups import AsyncGroupsWithStreamingResponse

        return AsyncGroupsWithStreamingResponse(self._organization.groups)

    @cached_property
    def invites(self) -> AsyncInvitesWithStreamingResponse:
        from .invites import AsyncInvitesWithStreamingResponse

        return AsyncInvitesWithStreamingResponse(self._organization.invites)

    @cached_property
    def projects(self) -> AsyncProjectsWithStreamingResponse:
        from .projects.projects import AsyncProjectsWithStreamingResponse

        return AsyncProjectsWithStreamingResponse(self._organization.projects)

    @cached_property
    def roles(self) -> AsyncRolesWithStreamingResponse:
        from .roles import AsyncRolesWithStreamingResponse

        return AsyncRolesWithStreamingResponse(self._organization.roles)

    @cached_property
    def spend_alerts(self) -> AsyncSpendAlertsWithStreamingResponse:
        from .spend_alerts import AsyncSpendAlertsWithStreamingResponse

        return AsyncSpendAlertsWithStreamingResponse(self._organization.spend_alerts)

    @cached_property
    def spend_limit(self) -> AsyncSpendLimitWithStreamingResponse:
        from .spend_limit import AsyncSpendLimitWithStreamingResponse

        return AsyncSpendLimitWithStreamingResponse(self._organization.spend_limit)

    @cached_property
    def usage(self) -> AsyncUsageWithStreamingResponse:
        from .usage import AsyncUsageWithStreamingResponse

        return AsyncUsageWithStreamingResponse(self._organization.usage)

    @cached_property
    def users(self) -> AsyncUsersWithStreamingResponse:
        from .users.users import AsyncUsersWithStreamingResponse

        return AsyncUsersWithStreamingResponse(self._organization.users)
