# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .service_accounts.api_keys import APIKeys as APIKeys
    from .service_accounts.api_keys import APIKeysWithRawResponse as APIKeysWithRawResponse
    from .service_accounts.api_keys import APIKeysWithStreamingResponse as APIKeysWithStreamingResponse
    from .service_accounts.api_keys import AsyncAPIKeys as AsyncAPIKeys
    from .service_accounts.api_keys import AsyncAPIKeysWithRawResponse as AsyncAPIKeysWithRawResponse
    from .service_accounts.api_keys import AsyncAPIKeysWithStreamingResponse as AsyncAPIKeysWithStreamingResponse
    from .certificates import AsyncCertificates as AsyncCertificates
    from .certificates import AsyncCertificatesWithRawResponse as AsyncCertificatesWithRawResponse
    from .certificates import AsyncCertificatesWithStreamingResponse as AsyncCertificatesWithStreamingResponse
    from .data_retention import AsyncDataRetention as AsyncDataRetention
    from .data_retention import AsyncDataRetentionWithRawResponse as AsyncDataRetentionWithRawResponse
    from .data_retention import AsyncDataRetentionWithStreamingResponse as AsyncDataRetentionWithStreamingResponse
    from .groups.groups import AsyncGroups as AsyncGroups
    from .groups.groups import AsyncGroupsWithRawResponse as AsyncGroupsWithRawResponse
    from .groups.groups import AsyncGroupsWithStreamingResponse as AsyncGroupsWithStreamingResponse
    from .hosted_tool_permissions import AsyncHostedToolPermissions as AsyncHostedToolPermissions
    from .hosted_tool_permissions import (
        AsyncHostedToolPermissionsWithRawResponse as AsyncHostedToolPermissionsWithRawResponse,
    )
    from .hosted_tool_permissions import (
        AsyncHostedToolPermissionsWithStreamingResponse as AsyncHostedToolPermissionsWithStreamingResponse,
    )
    from .model_permissions import AsyncModelPermissions as AsyncModelPermissions
    from .model_permissions import AsyncModelPermissionsWithRawResponse as AsyncModelPermissionsWithRawResponse
    from .model_permissions import (
        AsyncModelPermissionsWithStreamingResponse as AsyncModelPermissionsWithStreamingResponse,
    )
    from .projects import AsyncProjects as AsyncProjects
    from .projects import AsyncProjectsWithRawResponse as AsyncProjectsWithRawResponse
    from .projects import AsyncProjectsWithStreamingResponse as AsyncProjectsWithStreamingResponse
    from .rate_limits import AsyncRateLimits as AsyncRateLimits
    from .rate_limits import AsyncRateLimitsWithRawResponse as AsyncRateLimitsWithRawResponse
    from .rate_limits import AsyncRateLimitsWithStreamingResponse as AsyncRateLimitsWithStreamingResponse
    from .users.roles import AsyncRoles as AsyncRoles
    from .users.roles import AsyncRolesWithRawResponse as AsyncRolesWithRawResponse
    from .users.roles import AsyncRolesWithStreamingResponse as AsyncRolesWithStreamingResponse
    from .service_accounts.service_accounts import AsyncServiceAccounts as AsyncServiceAccounts
    from .service_accounts.service_accounts import (
        AsyncServiceAccountsWithRawResponse as AsyncServiceAccountsWithRawResponse,
    )
    from .service_accounts.service_accounts import (
        AsyncServiceAccountsWithStreamingResponse as AsyncServiceAccountsWithStreamingResponse,
    )
    from .spend_alerts import AsyncSpendAlerts as AsyncSpendAlerts
    from .spend_alerts import AsyncSpendAlertsWithRawResponse as AsyncSpendAlertsWithRawResponse
    from .spend_alerts import AsyncSpendAlertsWithStreamingResponse as AsyncSpendAlertsWithStreamingResponse
    from .spend_limit import AsyncSpendLimit as AsyncSpendLimit
    from .spend_limit import AsyncSpendLimitWithRawResponse as AsyncSpendLimitWithRawResponse
    from .spend_limit import AsyncSpendLimitWithStreamingResponse as AsyncSpendLimitWithStreamingResponse
    from .users.users import AsyncUsers as AsyncUsers
    from .users.users import AsyncUsersWithRawResponse as AsyncUsersWithRawResponse
    from .users.users import AsyncUsersWithStreamingResponse as AsyncUsersWithStreamingResponse
    from .certificates import Certificates as Certificates
    from .certificates import CertificatesWithRawResponse as CertificatesWithRawResponse
    from .certificates import CertificatesWithStreamingResponse as CertificatesWithStreamingResponse
    from .data_retention import DataRetention as DataRetention
    from .data_retention import DataRetentionWithRawResponse as DataRetentionWithRawResponse
    from .data_retention import DataRetentionWithStreamingResponse as DataRetentionWithStreamingResponse
    from .groups.groups import Groups as Groups
    from .groups.groups import GroupsWithRawResponse as GroupsWithRawResponse
    from .groups.groups import GroupsWithStreamingResponse as GroupsWithStreamingResponse
    from .hosted_tool_permissions import HostedToolPermissions as HostedToolPermissions
    from .hosted_tool_permissions import HostedToolPermissionsWithRawResponse as HostedToolPermissionsWithRawResponse
    from .hosted_tool_permissions import (
        HostedToolPermissionsWithStreamingResponse as HostedToolPermissionsWithStreamingResponse,
    )
    from .model_permissions import ModelPermissions as ModelPermissions
    from .model_permissions import ModelPermissionsWithRawResponse as ModelPermissionsWithRawResponse
    from .model_permissions import ModelPermissionsWithStreamingResponse as ModelPermissionsWithStreamingResponse
    from .projects import Projects as Projects
    from .projects import ProjectsWithRawResponse as ProjectsWithRawResponse
    from .projects import ProjectsWithStreamingResponse as ProjectsWithStreamingResponse
    from .rate_limits import RateLimits as RateLimits
    from .rate_limits import RateLimitsWithRawResponse as RateLimitsWithRawResponse
    from .rate_limits import RateLimitsWithStreamingResponse as RateLimitsWithStreamingResponse
    from .users.roles import Roles as Roles
    from .users.roles import RolesWithRawResponse as RolesWithRawResponse
    from .users.roles import RolesWithStreamingResponse as RolesWithStreamingResponse
    from .service_accounts.service_accounts import ServiceAccounts as ServiceAccounts
    from .service_accounts.service_accounts import ServiceAccountsWithRawResponse as ServiceAccountsWithRawResponse
    from .service_accounts.service_accounts import (
        ServiceAccountsWithStreamingResponse as ServiceAccountsWithStreamingResponse,
    )
    from .spend_alerts import SpendAlerts as SpendAlerts
    from .spend_alerts import SpendAlertsWithRawResponse as SpendAlertsWithRawResponse
    from .spend_alerts import SpendAlertsWithStreamingResponse as SpendAlertsWithStreamingResponse
    from .spend_limit import SpendLimit as SpendLimit
    from .spend_limit import SpendLimitWithRawResponse as SpendLimitWithRawResponse
    from .spend_limit import SpendLimitWithStreamingResponse as SpendLimitWithStreamingResponse
    from .users.users import Users as Users
    from .users.users import UsersWithRawResponse as UsersWithRawResponse
    from .users.users import UsersWithStreamingResponse as UsersWithStreamingResponse

__all__ = [
    "APIKeys",
    "APIKeysWithRawResponse",
    "APIKeysWithStreamingResponse",
    "AsyncAPIKeys",
    "AsyncAPIKeysWithRawResponse",
    "AsyncAPIKeysWithStreamingResponse",
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
    "AsyncModelPermissions",
    "AsyncModelPermissionsWithRawResponse",
    "AsyncModelPermissionsWithStreamingResponse",
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
    "AsyncUsers",
    "AsyncUsersWithRawResponse",
    "AsyncUsersWithStreamingResponse",
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
    "ModelPermissions",
    "ModelPermissionsWithRawResponse",
    "ModelPermissionsWithStreamingResponse",
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
    "Users",
    "UsersWithRawResponse",
    "UsersWithStreamingResponse",
]

_EXPORTS = {
    "APIKeys": ".service_accounts.api_keys",
    "APIKeysWithRawResponse": ".service_accounts.api_keys",
    "APIKeysWithStreamingResponse": ".service_accounts.api_keys",
    "AsyncAPIKeys": ".service_accounts.api_keys",
    "AsyncAPIKeysWithRawResponse": ".service_accounts.api_keys",
    "AsyncAPIKeysWithStreamingResponse": ".service_accounts.api_keys",
    "AsyncCertificates": ".certificates",
    "AsyncCertificatesWithRawResponse": ".certificates",
    "AsyncCertificatesWithStreamingResponse": ".certificates",
    "AsyncDataRetention": ".data_retention",
    "AsyncDataRetentionWithRawResponse": ".data_retention",
    "AsyncDataRetentionWithStreamingResponse": ".data_retention",
    "AsyncGroups": ".groups.groups",
    "AsyncGroupsWithRawResponse": ".groups.groups",
    "AsyncGroupsWithStreamingResponse": ".groups.groups",
    "AsyncHostedToolPermissions": ".hosted_tool_permissions",
    "AsyncHostedToolPermissionsWithRawResponse": ".hosted_tool_permissions",
    "AsyncHostedToolPermissionsWithStreamingResponse": ".hosted_tool_permissions",
    "AsyncModelPermissions": ".model_permissions",
    "AsyncModelPermissionsWithRawResponse": ".model_permissions",
    "AsyncModelPermissionsWithStreamingResponse": ".model_permissions",
    "AsyncProjects": ".projects",
    "AsyncProjectsWithRawResponse": ".projects",
    "AsyncProjectsWithStreamingResponse": ".projects",
    "AsyncRateLimits": ".rate_limits",
    "AsyncRateLimitsWithRawResponse": ".rate_limits",
    "AsyncRateLimitsWithStreamingResponse": ".rate_limits",
    "AsyncRoles": ".users.roles",
    "AsyncRolesWithRawResponse": ".users.roles",
    "AsyncRolesWithStreamingResponse": ".users.roles",
    "AsyncServiceAccounts": ".service_accounts.service_accounts",
    "AsyncServiceAccountsWithRawResponse": ".service_accounts.service_accounts",
    "AsyncServiceAccountsWithStreamingResponse": ".service_accounts.service_accounts",
    "AsyncSpendAlerts": ".spend_alerts",
    "AsyncSpendAlertsWithRawResponse": ".spend_alerts",
    "AsyncSpendAlertsWithStreamingResponse": ".spend_alerts",
    "AsyncSpendLimit": ".spend_limit",
    "AsyncSpendLimitWithRawResponse": ".spend_limit",
    "AsyncSpendLimitWithStreamingResponse": ".spend_limit",
    "AsyncUsers": ".users.users",
    "AsyncUsersWithRawResponse": ".users.users",
    "AsyncUsersWithStreamingResponse": ".users.users",
    "Certificates": ".certificates",
    "CertificatesWithRawResponse": ".certificates",
    "CertificatesWithStreamingResponse": ".certificates",
    "DataRetention": ".data_retention",
    "DataRetentionWithRawResponse": ".data_retention",
    "DataRetentionWithStreamingResponse": ".data_retention",
    "Groups": ".groups.groups",
    "GroupsWithRawResponse": ".groups.groups",
    "GroupsWithStreamingResponse": ".groups.groups",
    "HostedToolPermissions": ".hosted_tool_permissions",
    "HostedToolPermissionsWithRawResponse": ".hosted_tool_permissions",
    "HostedToolPermissionsWithStreamingResponse": ".hosted_tool_permissions",
    "ModelPermissions": ".model_permissions",
    "ModelPermissionsWithRawResponse": ".model_permissions",
    "ModelPermissionsWithStreamingResponse": ".model_permissions",
    "Projects": ".projects",
    "ProjectsWithRawResponse": ".projects",
    "ProjectsWithStreamingResponse": ".projects",
    "RateLimits": ".rate_limits",
    "RateLimitsWithRawResponse": ".rate_limits",
    "RateLimitsWithStreamingResponse": ".rate_limits",
    "Roles": ".users.roles",
    "RolesWithRawResponse": ".users.roles",
    "RolesWithStreamingResponse": ".users.roles",
    "ServiceAccounts": ".service_accounts.service_accounts",
    "ServiceAccountsWithRawResponse": ".service_accounts.service_accounts",
    "ServiceAccountsWithStreamingResponse": ".service_accounts.service_accounts",
    "SpendAlerts": ".spend_alerts",
    "SpendAlertsWithRawResponse": ".spend_alerts",
    "SpendAlertsWithStreamingResponse": ".spend_alerts",
    "SpendLimit": ".spend_limit",
    "SpendLimitWithRawResponse": ".spend_limit",
    "SpendLimitWithStreamingResponse": ".spend_limit",
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
