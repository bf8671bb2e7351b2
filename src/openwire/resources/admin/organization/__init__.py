# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .projects.service_accounts.api_keys import APIKeys as APIKeys
    from .projects.service_accounts.api_keys import APIKeysWithRawResponse as APIKeysWithRawResponse
    from .projects.service_accounts.api_keys import APIKeysWithStreamingResponse as APIKeysWithStreamingResponse
    from .admin_api_keys import AdminAPIKeys as AdminAPIKeys
    from .admin_api_keys import AdminAPIKeysWithRawResponse as AdminAPIKeysWithRawResponse
    from .admin_api_keys import AdminAPIKeysWithStreamingResponse as AdminAPIKeysWithStreamingResponse
    from .projects.service_accounts.api_keys import AsyncAPIKeys as AsyncAPIKeys
    from .projects.service_accounts.api_keys import AsyncAPIKeysWithRawResponse as AsyncAPIKeysWithRawResponse
    from .projects.service_accounts.api_keys import (
        AsyncAPIKeysWithStreamingResponse as AsyncAPIKeysWithStreamingResponse,
    )
    from .admin_api_keys import AsyncAdminAPIKeys as AsyncAdminAPIKeys
    from .admin_api_keys import AsyncAdminAPIKeysWithRawResponse as AsyncAdminAPIKeysWithRawResponse
    from .admin_api_keys import AsyncAdminAPIKeysWithStreamingResponse as AsyncAdminAPIKeysWithStreamingResponse
    from .audit_logs import AsyncAuditLogs as AsyncAuditLogs
    from .audit_logs import AsyncAuditLogsWithRawResponse as AsyncAuditLogsWithRawResponse
    from .audit_logs import AsyncAuditLogsWithStreamingResponse as AsyncAuditLogsWithStreamingResponse
    from .projects.certificates import AsyncCertificates as AsyncCertificates
    from .projects.certificates import AsyncCertificatesWithRawResponse as AsyncCertificatesWithRawResponse
    from .projects.certificates import AsyncCertificatesWithStreamingResponse as AsyncCertificatesWithStreamingResponse
    from .projects.data_retention import AsyncDataRetention as AsyncDataRetention
    from .projects.data_retention import AsyncDataRetentionWithRawResponse as AsyncDataRetentionWithRawResponse
    from .projects.data_retention import (
        AsyncDataRetentionWithStreamingResponse as AsyncDataRetentionWithStreamingResponse,
    )
    from .projects.groups.groups import AsyncGroups as AsyncGroups
    from .projects.groups.groups import AsyncGroupsWithRawResponse as AsyncGroupsWithRawResponse
    from .projects.groups.groups import AsyncGroupsWithStreamingResponse as AsyncGroupsWithStreamingResponse
    from .projects.hosted_tool_permissions import AsyncHostedToolPermissions as AsyncHostedToolPermissions
    from .projects.hosted_tool_permissions import (
        AsyncHostedToolPermissionsWithRawResponse as AsyncHostedToolPermissionsWithRawResponse,
    )
    from .projects.hosted_tool_permissions import (
        AsyncHostedToolPermissionsWithStreamingResponse as AsyncHostedToolPermissionsWithStreamingResponse,
    )
    from .invites import AsyncInvites as AsyncInvites
    from .invites import AsyncInvitesWithRawResponse as AsyncInvitesWithRawResponse
    from .invites import AsyncInvitesWithStreamingResponse as AsyncInvitesWithStreamingResponse
    from .projects.model_permissions import AsyncModelPermissions as AsyncModelPermissions
    from .projects.model_permissions import AsyncModelPermissionsWithRawResponse as AsyncModelPermissionsWithRawResponse
    from .projects.model_permissions import (
        AsyncModelPermissionsWithStreamingResponse as AsyncModelPermissionsWithStreamingResponse,
    )
    from .organization import AsyncOrganization as AsyncOrganization
    from .organization import AsyncOrganizationWithRawResponse as AsyncOrganizationWithRawResponse
    from .organization import AsyncOrganizationWithStreamingResponse as AsyncOrganizationWithStreamingResponse
    from .projects.projects import AsyncProjects as AsyncProjects
    from .projects.projects import AsyncProjectsWithRawResponse as AsyncProjectsWithRawResponse
    from .projects.projects import AsyncProjectsWithStreamingResponse as AsyncProjectsWithStreamingResponse
    from .projects.rate_limits import AsyncRateLimits as AsyncRateLimits
    from .projects.rate_limits import AsyncRateLimitsWithRawResponse as AsyncRateLimitsWithRawResponse
    from .projects.rate_limits import AsyncRateLimitsWithStreamingResponse as AsyncRateLimitsWithStreamingResponse
    from .users.roles import AsyncRoles as AsyncRoles
    from .users.roles import AsyncRolesWithRawResponse as AsyncRolesWithRawResponse
    from .users.roles import AsyncRolesWithStreamingResponse as AsyncRolesWithStreamingResponse
    from .projects.service_accounts.service_accounts import AsyncServiceAccounts as AsyncServiceAccounts
    from .projects.service_accounts.service_accounts import (
        AsyncServiceAccountsWithRawResponse as AsyncServiceAccountsWithRawResponse,
    )
    from .projects.service_accounts.service_accounts import (
        AsyncServiceAccountsWithStreamingResponse as AsyncServiceAccountsWithStreamingResponse,
    )
    from .spend_alerts import AsyncSpendAlerts as AsyncSpendAlerts
    from .spend_alerts import AsyncSpendAlertsWithRawResponse as AsyncSpendAlertsWithRawResponse
    from .spend_alerts import AsyncSpendAlertsWithStreamingResponse as AsyncSpendAlertsWithStreamingResponse
    from .spend_limit import AsyncSpendLimit as AsyncSpendLimit
    from .spend_limit import AsyncSpendLimitWithRawResponse as AsyncSpendLimitWithRawResponse
    from .spend_limit import AsyncSpendLimitWithStreamingResponse as AsyncSpendLimitWithStreamingResponse
    from .usage import AsyncUsage as AsyncUsage
    from .usage import AsyncUsageWithRawResponse as AsyncUsageWithRawResponse
    from .usage import AsyncUsageWithStreamingResponse as AsyncUsageWithStreamingResponse
    from .users.users import AsyncUsers as AsyncUsers
    from .users.users import AsyncUsersWithRawResponse as AsyncUsersWithRawResponse
    from .users.users import AsyncUsersWithStreamingResponse as AsyncUsersWithStreamingResponse
    from .audit_logs import AuditLogs as AuditLogs
    from .audit_logs import AuditLogsWithRawResponse as AuditLogsWithRawResponse
    from .audit_logs import AuditLogsWithStreamingResponse as AuditLogsWithStreamingResponse
    from .projects.certificates import Certificates as Certificates
    from .projects.certificates import CertificatesWithRawResponse as CertificatesWithRawResponse
    from .projects.certificates import CertificatesWithStreamingResponse as CertificatesWithStreamingResponse
    from .projects.data_retention import DataRetention as DataRetention
    from .projects.data_retention import DataRetentionWithRawResponse as DataRetentionWithRawResponse
    from .projects.data_retention import DataRetentionWithStreamingResponse as DataRetentionWithStreamingResponse
    from .projects.groups.groups import Groups as Groups
    from .projects.groups.groups import GroupsWithRawResponse as GroupsWithRawResponse
    from .projects.groups.groups import GroupsWithStreamingResponse as GroupsWithStreamingResponse
    from .projects.hosted_tool_permissions import HostedToolPermissions as HostedToolPermissions
    from .projects.hosted_tool_permissions import (
        HostedToolPermissionsWithRawResponse as HostedToolPermissionsWithRawResponse,
    )
    from .projects.hosted_tool_permissions import (
        HostedToolPermissionsWithStreamingResponse as HostedToolPermissionsWithStreamingResponse,
    )
    from .invites import Invites as Invites
    from .invites import InvitesWithRawResponse as InvitesWithRawResponse
    from .invites import InvitesWithStreamingResponse as InvitesWithStreamingResponse
    from .projects.model_permissions import ModelPermissions as ModelPermissions
    from .projects.model_permissions import ModelPermissionsWithRawResponse as ModelPermissionsWithRawResponse
    from .projects.model_permissions import (
        ModelPermissionsWithStreamingResponse as ModelPermissionsWithStreamingResponse,
    )
    from .organization import Organization as Organization
    from .organization import OrganizationWithRawResponse as OrganizationWithRawResponse
    from .organization import OrganizationWithStreamingResponse as OrganizationWithStreamingResponse
    from .projects.projects import Projects as Projects
    from .projects.projects import ProjectsWithRawResponse as ProjectsWithRawResponse
    from .projects.projects import ProjectsWithStreamingResponse as ProjectsWithStreamingResponse
    from .projects.rate_limits import RateLimits as RateLimits
    from .projects.rate_limits import RateLimitsWithRawResponse as RateLimitsWithRawResponse
    from .projects.rate_limits import RateLimitsWithStreamingResponse as RateLimitsWithStreamingResponse
    from .users.roles import Roles as Roles
    from .users.roles import RolesWithRawResponse as RolesWithRawResponse
    from .users.roles import RolesWithStreamingResponse as RolesWithStreamingResponse
    from .projects.service_accounts.service_accounts import ServiceAccounts as ServiceAccounts
    from .projects.service_accounts.service_accounts import (
        ServiceAccountsWithRawResponse as ServiceAccountsWithRawResponse,
    )
    from .projects.service_accounts.service_accounts import (
        ServiceAccountsWithStreamingResponse as ServiceAccountsWithStreamingResponse,
    )
    from .spend_alerts import SpendAlerts as SpendAlerts
    from .spend_alerts import SpendAlertsWithRawResponse as SpendAlertsWithRawResponse
    from .spend_alerts import SpendAlertsWithStreamingResponse as SpendAlertsWithStreamingResponse
    from .spend_limit import SpendLimit as SpendLimit
    from .spend_limit import SpendLimitWithRawResponse as SpendLimitWithRawResponse
    from .spend_limit import SpendLimitWithStreamingResponse as SpendLimitWithStreamingResponse
    from .usage import Usage as Usage
    from .usage import UsageWithRawResponse as UsageWithRawResponse
    from .usage import UsageWithStreamingResponse as UsageWithStreamingResponse
    from .users.users import Users as Users
    from .users.users import UsersWithRawResponse as UsersWithRawResponse
    from .users.users import UsersWithStreamingResponse as UsersWithStreamingResponse

__all__ = [
    "APIKeys",
    "APIKeysWithRawResponse",
    "APIKeysWithStreamingResponse",
    "AdminAPIKeys",
    "AdminAPIKeysWithRawResponse",
    "AdminAPIKeysWithStreamingResponse",
    "AsyncAPIKeys",
    "AsyncAPIKeysWithRawResponse",
    "AsyncAPIKeysWithStreamingResponse",
    "AsyncAdminAPIKeys",
    "AsyncAdminAPIKeysWithRawResponse",
    "AsyncAdminAPIKeysWithStreamingResponse",
    "AsyncAuditLogs",
    "AsyncAuditLogsWithRawResponse",
    "AsyncAuditLogsWithStreamingResponse",
    "AsyncCertificates",
    "AsyncCertificatesWithRawResponse",
    "AsyncCertificatesWithStreamingResponse",
    "AsyncDataRetention",
    "AsyncDataRetentionWithRawResponse",
    "AsyncDataRetentionWithStreamingResponse",
    "AsyncGroups",
    "AsyncGroupsWithRawResponse",
    "AsyncGroupsWithStreamingResponse",
    "AsyncHostedToolPermissions",
    "AsyncHostedToolPermissionsWithRawResponse",
    "AsyncHostedToolPermissionsWithStreamingResponse",
    "AsyncInvites",
    "AsyncInvitesWithRawResponse",
    "AsyncInvitesWithStreamingResponse",
    "AsyncModelPermissions",
    "AsyncModelPermissionsWithRawResponse",
    "AsyncModelPermissionsWithStreamingResponse",
    "AsyncOrganization",
    "AsyncOrganizationWithRawResponse",
    "AsyncOrganizationWithStreamingResponse",
    "AsyncProjects",
    "AsyncProjectsWithRawResponse",
    "AsyncProjectsWithStreamingResponse",
    "AsyncRateLimits",
    "AsyncRateLimitsWithRawResponse",
    "AsyncRateLimitsWithStreamingResponse",
    "AsyncRoles",
    "AsyncRolesWithRawResponse",
    "AsyncRolesWithStreamingResponse",
    "AsyncServiceAccounts",
    "AsyncServiceAccountsWithRawResponse",
    "AsyncServiceAccountsWithStreamingResponse",
    "AsyncSpendAlerts",
    "AsyncSpendAlertsWithRawResponse",
    "AsyncSpendAlertsWithStreamingResponse",
    "AsyncSpendLimit",
    "AsyncSpendLimitWithRawResponse",
    "AsyncSpendLimitWithStreamingResponse",
    "AsyncUsage",
    "AsyncUsageWithRawResponse",
    "AsyncUsageWithStreamingResponse",
    "AsyncUsers",
    "AsyncUsersWithRawResponse",
    "AsyncUsersWithStreamingResponse",
    "AuditLogs",
    "AuditLogsWithRawResponse",
    "AuditLogsWithStreamingResponse",
    "Certificates",
    "CertificatesWithRawResponse",
    "CertificatesWithStreamingResponse",
    "DataRetention",
    "DataRetentionWithRawResponse",
    "DataRetentionWithStreamingResponse",
    "Groups",
    "GroupsWithRawResponse",
    "GroupsWithStreamingResponse",
    "HostedToolPermissions",
    "HostedToolPermissionsWithRawResponse",
    "HostedToolPermissionsWithStreamingResponse",
    "Invites",
    "InvitesWithRawResponse",
    "InvitesWithStreamingResponse",
    "ModelPermissions",
    "ModelPermissionsWithRawResponse",
    "ModelPermissionsWithStreamingResponse",
    "Organization",
    "OrganizationWithRawResponse",
    "OrganizationWithStreamingResponse",
    "Projects",
    "ProjectsWithRawResponse",
    "ProjectsWithStreamingResponse",
    "RateLimits",
    "RateLimitsWithRawResponse",
    "RateLimitsWithStreamingResponse",
    "Roles",
    "RolesWithRawResponse",
    "RolesWithStreamingResponse",
    "ServiceAccounts",
    "ServiceAccountsWithRawResponse",
    "ServiceAccountsWithStreamingResponse",
    "SpendAlerts",
    "SpendAlertsWithRawResponse",
    "SpendAlertsWithStreamingResponse",
    "SpendLimit",
    "SpendLimitWithRawResponse",
    "SpendLimitWithStreamingResponse",
    "Usage",
    "UsageWithRawResponse",
    "UsageWithStreamingResponse",
    "Users",
    "UsersWithRawResponse",
    "UsersWithStreamingResponse",
]

_EXPORTS = {
    "APIKeys": ".projects.service_accounts.api_keys",
    "APIKeysWithRawResponse": ".projects.service_accounts.api_keys",
    "APIKeysWithStreamingResponse": ".projects.service_accounts.api_keys",
    "AdminAPIKeys": ".admin_api_keys",
    "AdminAPIKeysWithRawResponse": ".admin_api_keys",
    "AdminAPIKeysWithStreamingResponse": ".admin_api_keys",
    "AsyncAPIKeys": ".projects.service_accounts.api_keys",
    "AsyncAPIKeysWithRawResponse": ".projects.service_accounts.api_keys",
    "AsyncAPIKeysWithStreamingResponse": ".projects.service_accounts.api_keys",
    "AsyncAdminAPIKeys": ".admin_api_keys",
    "AsyncAdminAPIKeysWithRawResponse": ".admin_api_keys",
    "AsyncAdminAPIKeysWithStreamingResponse": ".admin_api_keys",
    "AsyncAuditLogs": ".audit_logs",
    "AsyncAuditLogsWithRawResponse": ".audit_logs",
    "AsyncAuditLogsWithStreamingResponse": ".audit_logs",
    "AsyncCertificates": ".projects.certificates",
    "AsyncCertificatesWithRawResponse": ".projects.certificates",
    "AsyncCertificatesWithStreamingResponse": ".projects.certificates",
    "AsyncDataRetention": ".projects.data_retention",
    "AsyncDataRetentionWithRawResponse": ".projects.data_retention",
    "AsyncDataRetentionWithStreamingResponse": ".projects.data_retention",
    "AsyncGroups": ".projects.groups.groups",
    "AsyncGroupsWithRawResponse": ".projects.groups.groups",
    "AsyncGroupsWithStreamingResponse": ".projects.groups.groups",
    "AsyncHostedToolPermissions": ".projects.hosted_tool_permissions",
    "AsyncHostedToolPermissionsWithRawResponse": ".projects.hosted_tool_permissions",
    "AsyncHostedToolPermissionsWithStreamingResponse": ".projects.hosted_tool_permissions",
    "AsyncInvites": ".invites",
    "AsyncInvitesWithRawResponse": ".invites",
    "AsyncInvitesWithStreamingResponse": ".invites",
    "AsyncModelPermissions": ".projects.model_permissions",
    "AsyncModelPermissionsWithRawResponse": ".projects.model_permissions",
    "AsyncModelPermissionsWithStreamingResponse": ".projects.model_permissions",
    "AsyncOrganization": ".organization",
    "AsyncOrganizationWithRawResponse": ".organization",
    "AsyncOrganizationWithStreamingResponse": ".organization",
    "AsyncProjects": ".projects.projects",
    "AsyncProjectsWithRawResponse": ".projects.projects",
    "AsyncProjectsWithStreamingResponse": ".projects.projects",
    "AsyncRateLimits": ".projects.rate_limits",
    "AsyncRateLimitsWithRawResponse": ".projects.rate_limits",
    "AsyncRateLimitsWithStreamingResponse": ".projects.rate_limits",
    "AsyncRoles": ".users.roles",
    "AsyncRolesWithRawResponse": ".users.roles",
    "AsyncRolesWithStreamingResponse": ".users.roles",
    "AsyncServiceAccounts": ".projects.service_accounts.service_accounts",
    "AsyncServiceAccountsWithRawResponse": ".projects.service_accounts.service_accounts",
    "AsyncServiceAccountsWithStreamingResponse": ".projects.service_accounts.service_accounts",
    "AsyncSpendAlerts": ".spend_alerts",
    "AsyncSpendAlertsWithRawResponse": ".spend_alerts",
    "AsyncSpendAlertsWithStreamingResponse": ".spend_alerts",
    "AsyncSpendLimit": ".spend_limit",
    "AsyncSpendLimitWithRawResponse": ".spend_limit",
    "AsyncSpendLimitWithStreamingResponse": ".spend_limit",
    "AsyncUsage": ".usage",
    "AsyncUsageWithRawResponse": ".usage",
    "AsyncUsageWithStreamingResponse": ".usage",
    "AsyncUsers": ".users.users",
    "AsyncUsersWithRawResponse": ".users.users",
    "AsyncUsersWithStreamingResponse": ".users.users",
    "AuditLogs": ".audit_logs",
    "AuditLogsWithRawResponse": ".audit_logs",
    "AuditLogsWithStreamingResponse": ".audit_logs",
    "Certificates": ".projects.certificates",
    "CertificatesWithRawResponse": ".projects.certificates",
    "CertificatesWithStreamingResponse": ".projects.certificates",
    "DataRetention": ".projects.data_retention",
    "DataRetentionWithRawResponse": ".projects.data_retention",
    "DataRetentionWithStreamingResponse": ".projects.data_retention",
    "Groups": ".projects.groups.groups",
    "GroupsWithRawResponse": ".projects.groups.groups",
    "GroupsWithStreamingResponse": ".projects.groups.groups",
    "HostedToolPermissions": ".projects.hosted_tool_permissions",
    "HostedToolPermissionsWithRawResponse": ".projects.hosted_tool_permissions",
    "HostedToolPermissionsWithStreamingResponse": ".projects.hosted_tool_permissions",
    "Invites": ".invites",
    "InvitesWithRawResponse": ".invites",
    "InvitesWithStreamingResponse": ".invites",
    "ModelPermissions": ".projects.model_permissions",
    "ModelPermissionsWithRawResponse": ".projects.model_permissions",
    "ModelPermissionsWithStreamingResponse": ".projects.model_permissions",
    "Organization": ".organization",
    "OrganizationWithRawResponse": ".organization",
    "OrganizationWithStreamingResponse": ".organization",
    "Projects": ".projects.projects",
    "ProjectsWithRawResponse": ".projects.projects",
    "ProjectsWithStreamingResponse": ".projects.projects",
    "RateLimits": ".projects.rate_limits",
    "RateLimitsWithRawResponse": ".projects.rate_limits",
    "RateLimitsWithStreamingResponse": ".projects.rate_limits",
    "Roles": ".users.roles",
    "RolesWithRawResponse": ".users.roles",
    "RolesWithStreamingResponse": ".users.roles",
    "ServiceAccounts": ".projects.service_accounts.service_accounts",
    "ServiceAccountsWithRawResponse": ".projects.service_accounts.service_accounts",
    "ServiceAccountsWithStreamingResponse": ".projects.service_accounts.service_accounts",
    "SpendAlerts": ".spend_alerts",
    "SpendAlertsWithRawResponse": ".spend_alerts",
    "SpendAlertsWithStreamingResponse": ".spend_alerts",
    "SpendLimit": ".spend_limit",
    "SpendLimitWithRawResponse": ".spend_limit",
    "SpendLimitWithStreamingResponse": ".spend_limit",
    "Usage": ".usage",
    "UsageWithRawResponse": ".usage",
    "UsageWithStreamingResponse": ".usage",
    "Users": ".users.users",
    "UsersWithRawResponse": ".users.users",
    "UsersWithStreamingResponse": ".users.users",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        source = _EXPORTS.get(name)
        if source is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(source, __name__), name)
        globals()[name] = value
        return value
