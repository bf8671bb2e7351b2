# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .organization.projects.service_accounts.api_keys import APIKeys as APIKeys
    from .organization.projects.service_accounts.api_keys import APIKeysWithRawResponse as APIKeysWithRawResponse
    from .organization.projects.service_accounts.api_keys import (
        APIKeysWithStreamingResponse as APIKeysWithStreamingResponse,
    )
    from .admin import Admin as Admin
    from .organization.admin_api_keys import AdminAPIKeys as AdminAPIKeys
    from .organization.admin_api_keys import AdminAPIKeysWithRawResponse as AdminAPIKeysWithRawResponse
    from .organization.admin_api_keys import AdminAPIKeysWithStreamingResponse as AdminAPIKeysWithStreamingResponse
    from .admin import AdminWithRawResponse as AdminWithRawResponse
    from .admin import AdminWithStreamingResponse as AdminWithStreamingResponse
    from .organization.projects.service_accounts.api_keys import AsyncAPIKeys as AsyncAPIKeys
    from .organization.projects.service_accounts.api_keys import (
        AsyncAPIKeysWithRawResponse as AsyncAPIKeysWithRawResponse,
    )
    from .organization.projects.service_accounts.api_keys import (
        AsyncAPIKeysWithStreamingResponse as AsyncAPIKeysWithStreamingResponse,
    )
    from .admin import AsyncAdmin as AsyncAdmin
    from .organization.admin_api_keys import AsyncAdminAPIKeys as AsyncAdminAPIKeys
    from .organization.admin_api_keys import AsyncAdminAPIKeysWithRawResponse as AsyncAdminAPIKeysWithRawResponse
    from .organization.admin_api_keys import (
        AsyncAdminAPIKeysWithStreamingResponse as AsyncAdminAPIKeysWithStreamingResponse,
    )
    from .admin import AsyncAdminWithRawResponse as AsyncAdminWithRawResponse
    from .admin import AsyncAdminWithStreamingResponse as AsyncAdminWithStreamingResponse
    from .organization.audit_logs import AsyncAuditLogs as AsyncAuditLogs
    from .organization.audit_logs import AsyncAuditLogsWithRawResponse as AsyncAuditLogsWithRawResponse
    from .organization.audit_logs import AsyncAuditLogsWithStreamingResponse as AsyncAuditLogsWithStreamingResponse
    from .organization.projects.certificates import AsyncCertificates as AsyncCertificates
    from .organization.projects.certificates import AsyncCertificatesWithRawResponse as AsyncCertificatesWithRawResponse
    from .organization.projects.certificates import (
        AsyncCertificatesWithStreamingResponse as AsyncCertificatesWithStreamingResponse,
    )
    from .organization.projects.data_retention import AsyncDataRetention as AsyncDataRetention
    from .organization.projects.data_retention import (
        AsyncDataRetentionWithRawResponse as AsyncDataRetentionWithRawResponse,
    )
    from .organization.projects.data_retention import (
        AsyncDataRetentionWithStreamingResponse as AsyncDataRetentionWithStreamingResponse,
    )
    from .organization.projects.groups.groups import AsyncGroups as AsyncGroups
    from .organization.projects.groups.groups import AsyncGroupsWithRawResponse as AsyncGroupsWithRawResponse
    from .organization.projects.groups.groups import (
        AsyncGroupsWithStreamingResponse as AsyncGroupsWithStreamingResponse,
    )
    from .organization.projects.hosted_tool_permissions import AsyncHostedToolPermissions as AsyncHostedToolPermissions
    from .organization.projects.hosted_tool_permissions import (
        AsyncHostedToolPermissionsWithRawResponse as AsyncHostedToolPermissionsWithRawResponse,
    )
    from .organization.projects.hosted_tool_permissions import (
        AsyncHostedToolPermissionsWithStreamingResponse as AsyncHostedToolPermissionsWithStreamingResponse,
    )
    from .organization.invites import AsyncInvites as AsyncInvites
    from .organization.invites import AsyncInvitesWithRawResponse as AsyncInvitesWithRawResponse
    from .organization.invites import AsyncInvitesWithStreamingResponse as AsyncInvitesWithStreamingResponse
    from .organization.projects.model_permissions import AsyncModelPermissions as AsyncModelPermissions
    from .organization.projects.model_permissions import (
        AsyncModelPermissionsWithRawResponse as AsyncModelPermissionsWithRawResponse,
    )
    from .organization.projects.model_permissions import (
        AsyncModelPermissionsWithStreamingResponse as AsyncModelPermissionsWithStreamingResponse,
    )
    from .organization.organization import AsyncOrganization as AsyncOrganization
    from .organization.organization import AsyncOrganizationWithRawResponse as AsyncOrganizationWithRawResponse
    from .organization.organization import (
        AsyncOrganizationWithStreamingResponse as AsyncOrganizationWithStreamingResponse,
    )
    from .organization.projects.projects import AsyncProjects as AsyncProjects
    from .organization.projects.projects import AsyncProjectsWithRawResponse as AsyncProjectsWithRawResponse
    from .organization.projects.projects import AsyncProjectsWithStreamingResponse as AsyncProjectsWithStreamingResponse
    from .organization.projects.rate_limits import AsyncRateLimits as AsyncRateLimits
    from .organization.projects.rate_limits import AsyncRateLimitsWithRawResponse as AsyncRateLimitsWithRawResponse
    from .organization.projects.rate_limits import (
        AsyncRateLimitsWithStreamingResponse as AsyncRateLimitsWithStreamingResponse,
    )
    from .organization.users.roles import AsyncRoles as AsyncRoles
    from .organization.users.roles import AsyncRolesWithRawResponse as AsyncRolesWithRawResponse
    from .organization.users.roles import AsyncRolesWithStreamingResponse as AsyncRolesWithStreamingResponse
    from .organization.projects.service_accounts.service_accounts import AsyncServiceAccounts as AsyncServiceAccounts
    from .organization.projects.service_accounts.service_accounts import (
        AsyncServiceAccountsWithRawResponse as AsyncServiceAccountsWithRawResponse,
    )
    from .organization.projects.service_accounts.service_accounts import (
        AsyncServiceAccountsWithStreamingResponse as AsyncServiceAccountsWithStreamingResponse,
    )
    from .organization.spend_alerts import AsyncSpendAlerts as AsyncSpendAlerts
    from .organization.spend_alerts import AsyncSpendAlertsWithRawResponse as AsyncSpendAlertsWithRawResponse
    from .organization.spend_alerts import (
        AsyncSpendAlertsWithStreamingResponse as AsyncSpendAlertsWithStreamingResponse,
    )
    from .organization.spend_limit import AsyncSpendLimit as AsyncSpendLimit
    from .organization.spend_limit import AsyncSpendLimitWithRawResponse as AsyncSpendLimitWithRawResponse
    from .organization.spend_limit import AsyncSpendLimitWithStreamingResponse as AsyncSpendLimitWithStreamingResponse
    from .organization.usage import AsyncUsage as AsyncUsage
    from .organization.usage import AsyncUsageWithRawResponse as AsyncUsageWithRawResponse
    from .organization.usage import AsyncUsageWithStreamingResponse as AsyncUsageWithStreamingResponse
    from .organization.users.users import AsyncUsers as AsyncUsers
    from .organization.users.users import AsyncUsersWithRawResponse as AsyncUsersWithRawResponse
    from .organization.users.users import AsyncUsersWithStreamingResponse as AsyncUsersWithStreamingResponse
    from .organization.audit_logs import AuditLogs as AuditLogs
    from .organization.audit_logs import AuditLogsWithRawResponse as AuditLogsWithRawResponse
    from .organization.audit_logs import AuditLogsWithStreamingResponse as AuditLogsWithStreamingResponse
    from .organization.projects.certificates import Certificates as Certificates
    from .organization.projects.certificates import CertificatesWithRawResponse as CertificatesWithRawResponse
    from .organization.projects.certificates import (
        CertificatesWithStreamingResponse as CertificatesWithStreamingResponse,
    )
    from .organization.projects.data_retention import DataRetention as DataRetention
    from .organization.projects.data_retention import DataRetentionWithRawResponse as DataRetentionWithRawResponse
    from .organization.projects.data_retention import (
        DataRetentionWithStreamingResponse as DataRetentionWithStreamingResponse,
    )
    from .organization.projects.groups.groups import Groups as Groups
    from .organization.projects.groups.groups import GroupsWithRawResponse as GroupsWithRawResponse
    from .organization.projects.groups.groups import GroupsWithStreamingResponse as GroupsWithStreamingResponse
    from .organization.projects.hosted_tool_permissions import HostedToolPermissions as HostedToolPermissions
    from .organization.projects.hosted_tool_permissions import (
        HostedToolPermissionsWithRawResponse as HostedToolPermissionsWithRawResponse,
    )
    from .organization.projects.hosted_tool_permissions import (
        HostedToolPermissionsWithStreamingResponse as HostedToolPermissionsWithStreamingResponse,
    )
    from .organization.invites import Invites as Invites
    from .organization.invites import InvitesWithRawResponse as InvitesWithRawResponse
    from .organization.invites import InvitesWithStreamingResponse as InvitesWithStreamingResponse
    from .organization.projects.model_permissions import ModelPermissions as ModelPermissions
    from .organization.projects.model_permissions import (
        ModelPermissionsWithRawResponse as ModelPermissionsWithRawResponse,
    )
    from .organization.projects.model_permissions import (
        ModelPermissionsWithStreamingResponse as ModelPermissionsWithStreamingResponse,
    )
    from .organization.organization import Organization as Organization
    from .organization.organization import OrganizationWithRawResponse as OrganizationWithRawResponse
    from .organization.organization import OrganizationWithStreamingResponse as OrganizationWithStreamingResponse
    from .organization.projects.projects import Projects as Projects
    from .organization.projects.projects import ProjectsWithRawResponse as ProjectsWithRawResponse
    from .organization.projects.projects import ProjectsWithStreamingResponse as ProjectsWithStreamingResponse
    from .organization.projects.rate_limits import RateLimits as RateLimits
    from .organization.projects.rate_limits import RateLimitsWithRawResponse as RateLimitsWithRawResponse
    from .organization.projects.rate_limits import RateLimitsWithStreamingResponse as RateLimitsWithStreamingResponse
    from .organization.users.roles import Roles as Roles
    from .organization.users.roles import RolesWithRawResponse as RolesWithRawResponse
    from .organization.users.roles import RolesWithStreamingResponse as RolesWithStreamingResponse
    from .organization.projects.service_accounts.service_accounts import ServiceAccounts as ServiceAccounts
    from .organization.projects.service_accounts.service_accounts import (
        ServiceAccountsWithRawResponse as ServiceAccountsWithRawResponse,
    )
    from .organization.projects.service_accounts.service_accounts import (
        ServiceAccountsWithStreamingResponse as ServiceAccountsWithStreamingResponse,
    )
    from .organization.spend_alerts import SpendAlerts as SpendAlerts
    from .organization.spend_alerts import SpendAlertsWithRawResponse as SpendAlertsWithRawResponse
    from .organization.spend_alerts import SpendAlertsWithStreamingResponse as SpendAlertsWithStreamingResponse
    from .organization.spend_limit import SpendLimit as SpendLimit
    from .organization.spend_limit import SpendLimitWithRawResponse as SpendLimitWithRawResponse
    from .organization.spend_limit import SpendLimitWithStreamingResponse as SpendLimitWithStreamingResponse
    from .organization.usage import Usage as Usage
    from .organization.usage import UsageWithRawResponse as UsageWithRawResponse
    from .organization.usage import UsageWithStreamingResponse as UsageWithStreamingResponse
    from .organization.users.users import Users as Users
    from .organization.users.users import UsersWithRawResponse as UsersWithRawResponse
    from .organization.users.users import UsersWithStreamingResponse as UsersWithStreamingResponse

__all__ = [
    "APIKeys",
    "APIKeysWithRawResponse",
    "APIKeysWithStreamingResponse",
    "Admin",
    "AdminAPIKeys",
    "AdminAPIKeysWithRawResponse",
    "AdminAPIKeysWithStreamingResponse",
    "AdminWithRawResponse",
    "AdminWithStreamingResponse",
    "AsyncAPIKeys",
    "AsyncAPIKeysWithRawResponse",
    "AsyncAPIKeysWithStreamingResponse",
    "AsyncAdmin",
    "AsyncAdminAPIKeys",
    "AsyncAdminAPIKeysWithRawResponse",
    "AsyncAdminAPIKeysWithStreamingResponse",
    "AsyncAdminWithRawResponse",
    "AsyncAdminWithStreamingResponse",
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
    "APIKeys": ".organization.projects.service_accounts.api_keys",
    "APIKeysWithRawResponse": ".organization.projects.service_accounts.api_keys",
    "APIKeysWithStreamingResponse": ".organization.projects.service_accounts.api_keys",
    "Admin": ".admin",
    "AdminAPIKeys": ".organization.admin_api_keys",
    "AdminAPIKeysWithRawResponse": ".organization.admin_api_keys",
    "AdminAPIKeysWithStreamingResponse": ".organization.admin_api_keys",
    "AdminWithRawResponse": ".admin",
    "AdminWithStreamingResponse": ".admin",
    "AsyncAPIKeys": ".organization.projects.service_accounts.api_keys",
    "AsyncAPIKeysWithRawResponse": ".organization.projects.service_accounts.api_keys",
    "AsyncAPIKeysWithStreamingResponse": ".organization.projects.service_accounts.api_keys",
    "AsyncAdmin": ".admin",
    "AsyncAdminAPIKeys": ".organization.admin_api_keys",
    "AsyncAdminAPIKeysWithRawResponse": ".organization.admin_api_keys",
    "AsyncAdminAPIKeysWithStreamingResponse": ".organization.admin_api_keys",
    "AsyncAdminWithRawResponse": ".admin",
    "AsyncAdminWithStreamingResponse": ".admin",
    "AsyncAuditLogs": ".organization.audit_logs",
    "AsyncAuditLogsWithRawResponse": ".organization.audit_logs",
    "AsyncAuditLogsWithStreamingResponse": ".organization.audit_logs",
    "AsyncCertificates": ".organization.projects.certificates",
    "AsyncCertificatesWithRawResponse": ".organization.projects.certificates",
    "AsyncCertificatesWithStreamingResponse": ".organization.projects.certificates",
    "AsyncDataRetention": ".organization.projects.data_retention",
    "AsyncDataRetentionWithRawResponse": ".organization.projects.data_retention",
    "AsyncDataRetentionWithStreamingResponse": ".organization.projects.data_retention",
    "AsyncGroups": ".organization.projects.groups.groups",
    "AsyncGroupsWithRawResponse": ".organization.projects.groups.groups",
    "AsyncGroupsWithStreamingResponse": ".organization.projects.groups.groups",
    "AsyncHostedToolPermissions": ".organization.projects.hosted_tool_permissions",
    "AsyncHostedToolPermissionsWithRawResponse": ".organization.projects.hosted_tool_permissions",
    "AsyncHostedToolPermissionsWithStreamingResponse": ".organization.projects.hosted_tool_permissions",
    "AsyncInvites": ".organization.invites",
    "AsyncInvitesWithRawResponse": ".organization.invites",
    "AsyncInvitesWithStreamingResponse": ".organization.invites",
    "AsyncModelPermissions": ".organization.projects.model_permissions",
    "AsyncModelPermissionsWithRawResponse": ".organization.projects.model_permissions",
    "AsyncModelPermissionsWithStreamingResponse": ".organization.projects.model_permissions",
    "AsyncOrganization": ".organization.organization",
    "AsyncOrganizationWithRawResponse": ".organization.organization",
    "AsyncOrganizationWithStreamingResponse": ".organization.organization",
    "AsyncProjects": ".organization.projects.projects",
    "AsyncProjectsWithRawResponse": ".organization.projects.projects",
    "AsyncProjectsWithStreamingResponse": ".organization.projects.projects",
    "AsyncRateLimits": ".organization.projects.rate_limits",
    "AsyncRateLimitsWithRawResponse": ".organization.projects.rate_limits",
    "AsyncRateLimitsWithStreamingResponse": ".organization.projects.rate_limits",
    "AsyncRoles": ".organization.users.roles",
    "AsyncRolesWithRawResponse": ".organization.users.roles",
    "AsyncRolesWithStreamingResponse": ".organization.users.roles",
    "AsyncServiceAccounts": ".organization.projects.service_accounts.service_accounts",
    "AsyncServiceAccountsWithRawResponse": ".organization.projects.service_accounts.service_accounts",
    "AsyncServiceAccountsWithStreamingResponse": ".organization.projects.service_accounts.service_accounts",
    "AsyncSpendAlerts": ".organization.spend_alerts",
    "AsyncSpendAlertsWithRawResponse": ".organization.spend_alerts",
    "AsyncSpendAlertsWithStreamingResponse": ".organization.spend_alerts",
    "AsyncSpendLimit": ".organization.spend_limit",
    "AsyncSpendLimitWithRawResponse": ".organization.spend_limit",
    "AsyncSpendLimitWithStreamingResponse": ".organization.spend_limit",
    "AsyncUsage": ".organization.usage",
    "AsyncUsageWithRawResponse": ".organization.usage",
    "AsyncUsageWithStreamingResponse": ".organization.usage",
    "AsyncUsers": ".organization.users.users",
    "AsyncUsersWithRawResponse": ".organization.users.users",
    "AsyncUsersWithStreamingResponse": ".organization.users.users",
    "AuditLogs": ".organization.audit_logs",
    "AuditLogsWithRawResponse": ".organization.audit_logs",
    "AuditLogsWithStreamingResponse": ".organization.audit_logs",
    "Certificates": ".organization.projects.certificates",
    "CertificatesWithRawResponse": ".organization.projects.certificates",
    "CertificatesWithStreamingResponse": ".organization.projects.certificates",
    "DataRetention": ".organization.projects.data_retention",
    "DataRetentionWithRawResponse": ".organization.projects.data_retention",
    "DataRetentionWithStreamingResponse": ".organization.projects.data_retention",
    "Groups": ".organization.projects.groups.groups",
    "GroupsWithRawResponse": ".organization.projects.groups.groups",
    "GroupsWithStreamingResponse": ".organization.projects.groups.groups",
    "HostedToolPermissions": ".organization.projects.hosted_tool_permissions",
    "HostedToolPermissionsWithRawResponse": ".organization.projects.hosted_tool_permissions",
    "HostedToolPermissionsWithStreamingResponse": ".organization.projects.hosted_tool_permissions",
    "Invites": ".organization.invites",
    "InvitesWithRawResponse": ".organization.invites",
    "InvitesWithStreamingResponse": ".organization.invites",
    "ModelPermissions": ".organization.projects.model_permissions",
    "ModelPermissionsWithRawResponse": ".organization.projects.model_permissions",
    "ModelPermissionsWithStreamingResponse": ".organization.projects.model_permissions",
    "Organization": ".organization.organization",
    "OrganizationWithRawResponse": ".organization.organization",
    "OrganizationWithStreamingResponse": ".organization.organization",
    "Projects": ".organization.projects.projects",
    "ProjectsWithRawResponse": ".organization.projects.projects",
    "ProjectsWithStreamingResponse": ".organization.projects.projects",
    "RateLimits": ".organization.projects.rate_limits",
    "RateLimitsWithRawResponse": ".organization.projects.rate_limits",
    "RateLimitsWithStreamingResponse": ".organization.projects.rate_limits",
    "Roles": ".organization.users.roles",
    "RolesWithRawResponse": ".organization.users.roles",
    "RolesWithStreamingResponse": ".organization.users.roles",
    "ServiceAccounts": ".organization.projects.service_accounts.service_accounts",
    "ServiceAccountsWithRawResponse": ".organization.projects.service_accounts.service_accounts",
    "ServiceAccountsWithStreamingResponse": ".organization.projects.service_accounts.service_accounts",
    "SpendAlerts": ".organization.spend_alerts",
    "SpendAlertsWithRawResponse": ".organization.spend_alerts",
    "SpendAlertsWithStreamingResponse": ".organization.spend_alerts",
    "SpendLimit": ".organization.spend_limit",
    "SpendLimitWithRawResponse": ".organization.spend_limit",
    "SpendLimitWithStreamingResponse": ".organization.spend_limit",
    "Usage": ".organization.usage",
    "UsageWithRawResponse": ".organization.usage",
    "UsageWithStreamingResponse": ".organization.usage",
    "Users": ".organization.users.users",
    "UsersWithRawResponse": ".organization.users.users",
    "UsersWithStreamingResponse": ".organization.users.users",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        source = _EXPORTS.get(name)
        if source is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(source, __name__), name)
        globals()[name] = value
        return value
