# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Dict, List, Optional
from typing_extensions import Literal

from pydantic import Field

from ...._models import BaseModel

__all__ = [
    "APIKeyCreated",
    "APIKeyCreatedData",
    "APIKeyDeleted",
    "APIKeyUpdated",
    "APIKeyUpdatedChangesRequested",
    "Actor",
    "ActorAPIKey",
    "ActorAPIKeyServiceAccount",
    "ActorAPIKeyUser",
    "ActorSession",
    "ActorSessionUser",
    "AuditLogListResponse",
    "CertificateCreated",
    "CertificateDeleted",
    "CertificateUpdated",
    "CertificatesActivated",
    "CertificatesActivatedCertificate",
    "CertificatesDeactivated",
    "CertificatesDeactivatedCertificate",
    "CheckpointPermissionCreated",
    "CheckpointPermissionCreatedData",
    "CheckpointPermissionDeleted",
    "ExternalKeyRegistered",
    "ExternalKeyRemoved",
    "GroupCreated",
    "GroupCreatedData",
    "GroupDeleted",
    "GroupUpdated",
    "GroupUpdatedChangesRequested",
    "IPAllowlistConfigActivated",
    "IPAllowlistConfigActivatedConfig",
    "IPAllowlistConfigDeactivated",
    "IPAllowlistConfigDeactivatedConfig",
    "IPAllowlistCreated",
    "IPAllowlistDeleted",
    "IPAllowlistUpdated",
    "InviteAccepted",
    "InviteDeleted",
    "InviteSent",
    "InviteSentData",
    "LoginFailed",
    "LogoutFailed",
    "OrganizationUpdated",
    "OrganizationUpdatedChangesRequested",
    "Project",
    "ProjectArchived",
    "ProjectCreated",
    "ProjectCreatedData",
    "ProjectDeleted",
    "ProjectUpdated",
    "ProjectUpdatedChangesRequested",
    "RateLimitDeleted",
    "RateLimitUpdated",
    "RateLimitUpdatedChangesRequested",
    "RoleAssignmentCreated",
    "RoleAssignmentDeleted",
    "RoleBoundToResource",
    "RoleCreated",
    "RoleDeleted",
    "RoleUnboundFromResource",
    "RoleUpdated",
    "RoleUpdatedChangesRequested",
    "ScimDisabled",
    "ScimEnabled",
    "ServiceAccountCreated",
    "ServiceAccountCreatedData",
    "ServiceAccountDeleted",
    "ServiceAccountUpdated",
    "ServiceAccountUpdatedChangesRequested",
    "UserAdded",
    "UserAddedData",
    "UserDeleted",
    "UserUpdated",
    "UserUpdatedChangesRequested",
    "WorkloadIdentityProviderCreated",
    "WorkloadIdentityProviderDeleted",
    "WorkloadIdentityProviderMappingCreated",
    "WorkloadIdentityProviderMappingDeleted",
    "WorkloadIdentityProviderMappingUpdated",
    "WorkloadIdentityProviderUpdated",
]


class APIKeyCreatedData(BaseModel):
    scopes: Optional[List[str]] = None


class APIKeyCreated(BaseModel):
    data: Optional[APIKeyCreatedData] = None
    id: Optional[str] = None


class APIKeyDeleted(BaseModel):
    id: Optional[str] = None


class APIKeyUpdatedChangesRequested(BaseModel):
    scopes: Optional[List[str]] = None


class APIKeyUpdated(BaseModel):
    changes_requested: Optional[APIKeyUpdatedChangesRequested] = None
    id: Optional[str] = None


class ActorAPIKeyServiceAccount(BaseModel):
    id: Optional[str] = None


class ActorAPIKeyUser(BaseModel):
    email: Optional[str] = None
    id: Optional[str] = None


class ActorAPIKey(BaseModel):
    id: Optional[str] = None
    service_account: Optional[ActorAPIKeyServiceAccount] = None
    type: Optional[Literal["user", "service_account"]] = None
    user: Optional[ActorAPIKeyUser] = None


class ActorSessionUser(BaseModel):
    email: Optional[str] = None
    id: Optional[str] = None


class ActorSession(BaseModel):
    ip_address: Optional[str] = None
    user: Optional[ActorSessionUser] = None


class Actor(BaseModel):
    api_key: Optional[ActorAPIKey] = None
    session: Optional[ActorSession] = None
    type: Optional[Literal["session", "api_key"]] = None


class CertificateCreated(BaseModel):
    id: Optional[str] = None
    name: Optional[str] = None


class CertificateDeleted(BaseModel):
    certificate: Optional[str] = None
    id: Optional[str] = None
    name: Optional[str] = None


class CertificateUpdated(BaseModel):
    id: Optional[str] = None
    name: Optional[str] = None


class CertificatesActivatedCertificate(BaseModel):
    id: Optional[str] = None
    name: Optional[str] = None


class CertificatesActivated(BaseModel):
    certificates: Optional[List[CertificatesActivatedCertificate]] = None


class CertificatesDeactivatedCertificate(BaseModel):
    id: Optional[str] = None
    name: Optional[str] = None


class CertificatesDeactivated(BaseModel):
    certificates: Optional[List[CertificatesDeactivatedCertificate]] = None


class CheckpointPermissionCreatedData(BaseModel):
    fine_tuned_model_checkpoint: Optional[str] = None
    project_id: Optional[str] = None


class CheckpointPermissionCreated(BaseModel):
    data: Optional[CheckpointPermissionCreatedData] = None
    id: Optional[str] = None


class CheckpointPermissionDeleted(BaseModel):
    id: Optional[str] = None


class ExternalKeyRegistered(BaseModel):
    data: Optional[Dict[str, object]] = None
    id: Optional[str] = None


class ExternalKeyRemoved(BaseModel):
    id: Optional[str] = None


class GroupCreatedData(BaseModel):
    group_name: Optional[str] = None


class GroupCreated(BaseModel):
    data: Optional[GroupCreatedData] = None
    id: Optional[str] = None


class GroupDeleted(BaseModel):
    id: Optional[str] = None


class GroupUpdatedChangesRequested(BaseModel):
    group_name: Optional[str] = None


class GroupUpdated(BaseModel):
    changes_requested: Optional[GroupUpdatedChangesRequested] = None
    id: Optional[str] = None


class InviteAccepted(BaseModel):
    id: Optional[str] = None


class InviteDeleted(BaseModel):
    id: Optional[str] = None


class InviteSentData(BaseModel):
    email: Optional[str] = None
    role: Optional[str] = None


class InviteSent(BaseModel):
    data: Optional[InviteSentData] = None
    id: Optional[str] = None


class IPAllowlistConfigActivatedConfig(BaseModel):
    id: Optional[str] = None
    name: Optional[str] = None


class IPAllowlistConfigActivated(BaseModel):
    configs: Optional[List[IPAllowlistConfigActivatedConfig]] = None


class IPAllowlistConfigDeactivatedConfig(BaseModel):
    id: Optional[str] = None
    name: Optional[str] = None


class IPAllowlistConfigDeactivated(BaseModel):
    configs: Optional[List[IPAllowlistConfigDeactivatedConfig]] = None


class IPAllowlistCreated(BaseModel):
    allowed_ips: Optional[List[str]] = None
    id: Optional[str] = None
    name: Optional[str] = None


class IPAllowlistDeleted(BaseModel):
    allowed_ips: Optional[List[str]] = None
    id: Optional[str] = None
    name: Optional[str] = None


class IPAllowlistUpdated(BaseModel):
    allowed_ips: Optional[List[str]] = None
    id: Optional[str] = None


class LoginFailed(BaseModel):
    error_code: Optional[str] = None
    error_message: Optional[str] = None


class LogoutFailed(BaseModel):
    error_code: Optional[str] = None
    error_message: Optional[str] = None


class OrganizationUpdatedChangesRequested(BaseModel):
    api_call_logging: Optional[str] = None
    api_call_logging_project_ids: Optional[str] = None
    description: Optional[str] = None
    name: Optional[str] = None
    threads_ui_visibility: Optional[str] = None
    title: Optional[str] = None
    usage_dashboard_visibility: Optional[str] = None


class OrganizationUpdated(BaseModel):
    changes_requested: Optional[OrganizationUpdatedChangesRequested] = None
    id: Optional[str] = None


class Project(BaseModel):
    id: Optional[str] = None
    name: Optional[str] = None


class ProjectArchived(BaseModel):
    id: Optional[str] = None


class ProjectCreatedData(BaseModel):
    name: Optional[str] = None
    title: Optional[str] = None


class ProjectCreated(BaseModel):
    data: Optional[ProjectCreatedData] = None
    id: Optional[str] = None


class ProjectDeleted(BaseModel):
    id: Optional[str] = None


class ProjectUpdatedChangesRequested(BaseModel):
    title: Optional[str] = None


class ProjectUpdated(BaseModel):
    changes_requested: Optional[ProjectUpdatedChangesRequested] = None
    id: Optional[str] = None


class RateLimitDeleted(BaseModel):
    id: Optional[str] = None


class RateLimitUpdatedChangesRequested(BaseModel):
    batch_1_day_max_input_tokens: Optional[int] = None
    max_audio_megabytes_per_1_minute: Optional[int] = None
    max_images_per_1_minute: Optional[int] = None
    max_requests_per_1_day: Optional[int] = None
    max_requests_per_1_minute: Optional[int] = None
    max_tokens_per_1_minute: Optional[int] = None


class RateLimitUpdated(BaseModel):
    changes_requested: Optional[RateLimitUpdatedChangesRequested] = None
    id: Optional[str] = None


class RoleAssignmentCreated(BaseModel):
    id: Optional[str] = None
    principal_id: Optional[str] = None
    principal_type: Optional[str] = None
    resource_id: Optional[str] = None
    resource_type: Optional[str] = None


class RoleAssignmentDeleted(BaseModel):
    id: Optional[str] = None
    principal_id: Optional[str] = None
    principal_type: Optional[str] = None
    resource_id: Optional[str] = None
    resource_type: Optional[str] = None


class RoleBoundToResource(BaseModel):
    connector_id: Optional[str] = None
    connector_name: Optional[str] = None
    enabled: Optional[bool] = None
    id: Optional[str] = None
    permissions: Optional[List[str]] = None
    resource_id: Optional[str] = None
    resource_type: Optional[str] = None
    role_id: Optional[str] = None
    source: Optional[
        Literal["role_toggle", "role_connector_update", "role_delete", "workspace_permissions", "connector_publish"]
    ] = None
    workspace_id: Optional[str] = None


class RoleCreated(BaseModel):
    id: Optional[str] = None
    permissions: Optional[List[str]] = None
    resource_id: Optional[str] = None
    resource_type: Optional[str] = None
    role_name: Optional[str] = None


class RoleDeleted(BaseModel):
    id: Optional[str] = None


class RoleUnboundFromResource(BaseModel):
    connector_id: Optional[str] = None
    connector_name: Optional[str] = None
    enabled: Optional[bool] = None
    id: Optional[str] = None
    permissions: Optional[List[str]] = None
    resource_id: Optional[str] = None
    resource_type: Optional[str] = None
    role_id: Optional[str] = None
    source: Optional[
        Literal["role_toggle", "role_connector_update", "role_delete", "workspace_permissions", "connector_publish"]
    ] = None
    workspace_id: Optional[str] = None


class RoleUpdatedChangesRequested(BaseModel):
    description: Optional[str] = None
    metadata: Optional[Dict[str, object]] = None
    permissions_added: Optional[List[str]] = None
    permissions_removed: Optional[List[str]] = None
    resource_id: Optional[str] = None
    resource_type: Optional[str] = None
    role_name: Optional[str] = None


class RoleUpdated(BaseModel):
    changes_requested: Optional[RoleUpdatedChangesRequested] = None
    id: Optional[str] = None


class ScimDisabled(BaseModel):
    id: Optional[str] = None


class ScimEnabled(BaseModel):
    id: Optional[str] = None


class ServiceAccountCreatedData(BaseModel):
    role: Optional[str] = None


class ServiceAccountCreated(BaseModel):
    data: Optional[ServiceAccountCreatedData] = None
    id: Optional[str] = None


class ServiceAccountDeleted(BaseModel):
    id: Optional[str] = None


class ServiceAccountUpdatedChangesRequested(BaseModel):
    role: Optional[str] = None


class ServiceAccountUpdated(BaseModel):
    changes_requested: Optional[ServiceAccountUpdatedChangesRequested] = None
    id: Optional[str] = None


class UserAddedData(BaseModel):
    role: Optional[str] = None


class UserAdded(BaseModel):
    data: Optional[UserAddedData] = None
    id: Optional[str] = None


class UserDeleted(BaseModel):
    id: Optional[str] = None


class UserUpdatedChangesRequested(BaseModel):
    role: Optional[str] = None


class UserUpdated(BaseModel):
    changes_requested: Optional[UserUpdatedChangesRequested] = None
    id: Optional[str] = None


class WorkloadIdentityProviderCreated(BaseModel):
    data: Optional[Dict[str, object]] = None
    id: Optional[str] = None


class WorkloadIdentityProviderDeleted(BaseModel):
    id: Optional[str] = None
    name: Optional[str] = None


class WorkloadIdentityProviderMappingCreated(BaseModel):
    data: Optional[Dict[str, object]] = None
    id: Optional[str] = None
    identity_provider_id: Optional[str] = None


class WorkloadIdentityProviderMappingDeleted(BaseModel):
    id: Optional[str] = None
    identity_provider_id: Optional[str] = None
    project_id: Optional[str] = None
    service_account_id: Optional[str] = None


class WorkloadIdentityProviderMappingUpdated(BaseModel):
    changes_requested: Optional[Dict[str, object]] = None
    id: Optional[str] = None
    identity_provider_id: Optional[str] = None


class WorkloadIdentityProviderUpdated(BaseModel):
    changes_requested: Optional[Dict[str, object]] = None
    id: Optional[str] = None


class AuditLogListResponse(BaseModel):
    id: str
    type: Literal[
        "api_key.created",
        "api_key.updated",
        "api_key.deleted",
        "certificate.created",
        "certificate.updated",
        "certificate.deleted",
        "certificates.activated",
        "certificates.deactivated",
        "checkpoint.permission.created",
        "checkpoint.permission.deleted",
        "external_key.registered",
        "external_key.removed",
        "group.created",
        "group.updated",
        "group.deleted",
        "invite.sent",
        "invite.accepted",
        "invite.deleted",
        "ip_allowlist.created",
        "ip_allowlist.updated",
        "ip_allowlist.deleted",
        "ip_allowlist.config.activated",
        "ip_allowlist.config.deactivated",
        "login.succeeded",
        "login.failed",
        "logout.succeeded",
        "logout.failed",
        "organization.updated",
        "project.created",
        "project.updated",
        "project.archived",
        "project.deleted",
        "rate_limit.updated",
        "rate_limit.deleted",
        "resource.deleted",
        "tunnel.created",
        "tunnel.updated",
        "tunnel.deleted",
        "workload_identity_provider.created",
        "workload_identity_provider.updated",
        "workload_identity_provider.deleted",
        "workload_identity_provider_mapping.created",
        "workload_identity_provider_mapping.updated",
        "workload_identity_provider_mapping.deleted",
        "role.created",
        "role.updated",
        "role.deleted",
        "role.assignment.created",
        "role.assignment.deleted",
        "role.bound_to_resource",
        "role.unbound_from_resource",
        "scim.enabled",
        "scim.disabled",
        "service_account.created",
        "service_account.updated",
        "service_account.deleted",
        "user.added",
        "user.updated",
        "user.deleted",
        "tenant.metadata.updated",
        "tenant.microsoft_entra_mapping.upserted",
        "tenant.microsoft_entra_mapping.deleted",
        "tenant.workload_identity.provider.created",
        "tenant.workload_identity.provider.updated",
        "tenant.workload_identity.provider.archived",
        "tenant.workload_identity.mapping.created",
        "tenant.workload_identity.mapping.updated",
        "tenant.workload_identity.mapping.archived",
        "tenant.workload_identity.binding.created",
        "tenant.workload_identity.principal.provisioned",
        "tenant.admin_api_key.created",
        "tenant.admin_api_key.updated",
        "tenant.admin_api_key.deleted",
        "tenant.project_api_key.created",
        "tenant.chatgpt_access_token.revoked",
        "tenant.migration.completed",
        "tenant.sso.migrated",
        "tenant.domains.migrated",
        "tenant.sso_connection.created",
        "tenant.sso_connection.updated",
        "tenant.sso_connection.deleted",
        "tenant.sso_connection.setup.started",
        "tenant.policy.created",
        "tenant.policy.updated",
        "tenant.policy.deleted",
        "tenant.policy.attached",
        "tenant.policy.detached",
        "tenant.principal_authentication_policy.resolved",
        "tenant.scim.setup.started",
        "tenant.scim.deletion.requested",
        "tenant.scim.directory.created",
        "tenant.product_access_policy.updated",
        "tenant.resource_share_grant.created",
        "tenant.resource_share_grant.updated",
        "tenant.resource_share_grant.accepted",
        "tenant.resource_share_grant.declined",
        "tenant.resource_share_grant.revoked",
        "tenant.resource_share_grant.deleted",
        "tenant.service_account.updated",
        "tenant.service_account.deleted",
        "tenant.service_account.token.revoked",
        "tenant.billing.overage_limit.updated",
        "tenant.billing.alerts.updated",
        "tenant.billing.info.updated",
        "tenant.usage_limit.workspace.updated",
        "tenant.usage_limit.group.updated",
        "tenant.usage_limit.user.updated",
        "tenant.usage_limit.increase_request.updated",
        "tenant.usage_limit.increase_request.resolved",
        "tenant.group.created",
        "tenant.group.updated",
        "tenant.group.deleted",
        "tenant.group.member.added",
        "tenant.group.member.removed",
        "tenant.migration_rollout.status.updated",
        "tenant.migration_rollout.tier.updated",
        "tenant.role.metadata.updated",
        "tenant.custom_role.created",
        "tenant.custom_role.updated",
        "tenant.custom_role.deleted",
        "tenant.role_assignment.created",
        "tenant.role_assignment.deleted",
        "tenant.resource_role_assignment.created",
        "tenant.resource_role_assignment.deleted",
        "tenant.resource_access.updated",
        "tenant.resource_access.deleted",
        "tenant.session_policy.created",
        "tenant.session_policy.updated",
        "tenant.session_policy.deleted",
        "tenant.session_revocation.started",
        "tenant.third_party_app_policy.updated",
        "tenant.user.added",
        "tenant.user.updated",
        "tenant.user.removed",
        "tenant.user.looked_up",
        "tenant.user.invited",
        "tenant.membership.revoked",
        "tenant.api_organization_invite.upserted",
        "tenant.api_organization_invite.deleted",
        "tenant.chatgpt_workspace_invite.upserted",
        "tenant.membership.accepted",
        "tenant.membership.declined",
        "tenant.workspace_invite_email_settings.updated",
    ]
    effective_at: int
    actor: Optional[Actor] = None
    api_key_created: Optional[APIKeyCreated] = Field(default=None, alias="api_key.created")
    api_key_deleted: Optional[APIKeyDeleted] = Field(default=None, alias="api_key.deleted")
    api_key_updated: Optional[APIKeyUpdated] = Field(default=None, alias="api_key.updated")
    certificate_created: Optional[CertificateCreated] = Field(default=None, alias="certificate.created")
    certificate_deleted: Optional[CertificateDeleted] = Field(default=None, alias="certificate.deleted")
    certificate_updated: Optional[CertificateUpdated] = Field(default=None, alias="certificate.updated")
    certificates_activated: Optional[CertificatesActivated] = Field(default=None, alias="certificates.activated")
    certificates_deactivated: Optional[CertificatesDeactivated] = Field(default=None, alias="certificates.deactivated")
    checkpoint_permission_created: Optional[CheckpointPermissionCreated] = Field(
        default=None, alias="checkpoint.permission.created"
    )
    checkpoint_permission_deleted: Optional[CheckpointPermissionDeleted] = Field(
        default=None, alias="checkpoint.permission.deleted"
    )
    external_key_registered: Optional[ExternalKeyRegistered] = Field(default=None, alias="external_key.registered")
    external_key_removed: Optional[ExternalKeyRemoved] = Field(default=None, alias="external_key.removed")
    group_created: Optional[GroupCreated] = Field(default=None, alias="group.created")
    group_deleted: Optional[GroupDeleted] = Field(default=None, alias="group.deleted")
    group_updated: Optional[GroupUpdated] = Field(default=None, alias="group.updated")
    invite_accepted: Optional[InviteAccepted] = Field(default=None, alias="invite.accepted")
    invite_deleted: Optional[InviteDeleted] = Field(default=None, alias="invite.deleted")
    invite_sent: Optional[InviteSent] = Field(default=None, alias="invite.sent")
    ip_allowlist_config_activated: Optional[IPAllowlistConfigActivated] = Field(
        default=None, alias="ip_allowlist.config.activated"
    )
    ip_allowlist_config_deactivated: Optional[IPAllowlistConfigDeactivated] = Field(
        default=None, alias="ip_allowlist.config.deactivated"
    )
    ip_allowlist_created: Optional[IPAllowlistCreated] = Field(default=None, alias="ip_allowlist.created")
    ip_allowlist_deleted: Optional[IPAllowlistDeleted] = Field(default=None, alias="ip_allowlist.deleted")
    ip_allowlist_updated: Optional[IPAllowlistUpdated] = Field(default=None, alias="ip_allowlist.updated")
    login_failed: Optional[LoginFailed] = Field(default=None, alias="login.failed")
    login_succeeded: Optional[Dict[str, object]] = Field(default=None, alias="login.succeeded")
    logout_failed: Optional[LogoutFailed] = Field(default=None, alias="logout.failed")
    logout_succeeded: Optional[Dict[str, object]] = Field(default=None, alias="logout.succeeded")
    organization_updated: Optional[OrganizationUpdated] = Field(default=None, alias="organization.updated")
    project: Optional[Project] = None
    project_archived: Optional[ProjectArchived] = Field(default=None, alias="project.archived")
    project_created: Optional[ProjectCreated] = Field(default=None, alias="project.created")
    project_deleted: Optional[ProjectDeleted] = Field(default=None, alias="project.deleted")
    project_updated: Optional[ProjectUpdated] = Field(default=None, alias="project.updated")
    rate_limit_deleted: Optional[RateLimitDeleted] = Field(default=None, alias="rate_limit.deleted")
    rate_limit_updated: Optional[RateLimitUpdated] = Field(default=None, alias="rate_limit.updated")
    role_assignment_created: Optional[RoleAssignmentCreated] = Field(default=None, alias="role.assignment.created")
    role_assignment_deleted: Optional[RoleAssignmentDeleted] = Field(default=None, alias="role.assignment.deleted")
    role_bound_to_resource: Optional[RoleBoundToResource] = Field(default=None, alias="role.bound_to_resource")
    role_created: Optional[RoleCreated] = Field(default=None, alias="role.created")
    role_deleted: Optional[RoleDeleted] = Field(default=None, alias="role.deleted")
    role_unbound_from_resource: Optional[RoleUnboundFromResource] = Field(
        default=None, alias="role.unbound_from_resource"
    )
    role_updated: Optional[RoleUpdated] = Field(default=None, alias="role.updated")
    scim_disabled: Optional[ScimDisabled] = Field(default=None, alias="scim.disabled")
    scim_enabled: Optional[ScimEnabled] = Field(default=None, alias="scim.enabled")
    service_account_created: Optional[ServiceAccountCreated] = Field(default=None, alias="service_account.created")
    service_account_deleted: Optional[ServiceAccountDeleted] = Field(default=None, alias="service_account.deleted")
    service_account_updated: Optional[ServiceAccountUpdated] = Field(default=None, alias="service_account.updated")
    user_added: Optional[UserAdded] = Field(default=None, alias="user.added")
    user_deleted: Optional[UserDeleted] = Field(default=None, alias="user.deleted")
    user_updated: Optional[UserUpdated] = Field(default=None, alias="user.updated")
    workload_identity_provider_created: Optional[WorkloadIdentityProviderCreated] = Field(
        default=None, alias="workload_identity_provider.created"
    )
    workload_identity_provider_deleted: Optional[WorkloadIdentityProviderDeleted] = Field(
        default=None, alias="workload_identity_provider.deleted"
    )
    workload_identity_provider_mapping_created: Optional[WorkloadIdentityProviderMappingCreated] = Field(
        default=None, alias="workload_identity_provider_mapping.created"
    )
    workload_identity_provider_mapping_deleted: Optional[WorkloadIdentityProviderMappingDeleted] = Field(
        default=None, alias="workload_identity_provider_mapping.deleted"
    )
    workload_identity_provider_mapping_updated: Optional[WorkloadIdentityProviderMappingUpdated] = Field(
        default=None, alias="workload_identity_provider_mapping.updated"
    )
    workload_identity_provider_updated: Optional[WorkloadIdentityProviderUpdated] = Field(
        default=None, alias="workload_identity_provider.updated"
    )
