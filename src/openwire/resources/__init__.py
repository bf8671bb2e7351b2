# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .admin.organization.projects.service_accounts.api_keys import APIKeys as APIKeys
    from .admin.organization.projects.service_accounts.api_keys import APIKeysWithRawResponse as APIKeysWithRawResponse
    from .admin.organization.projects.service_accounts.api_keys import (
        APIKeysWithStreamingResponse as APIKeysWithStreamingResponse,
    )
    from .admin.admin import Admin as Admin
    from .admin.organization.admin_api_keys import AdminAPIKeys as AdminAPIKeys
    from .admin.organization.admin_api_keys import AdminAPIKeysWithRawResponse as AdminAPIKeysWithRawResponse
    from .admin.organization.admin_api_keys import (
        AdminAPIKeysWithStreamingResponse as AdminAPIKeysWithStreamingResponse,
    )
    from .admin.admin import AdminWithRawResponse as AdminWithRawResponse
    from .admin.admin import AdminWithStreamingResponse as AdminWithStreamingResponse
    from .fine_tuning.alpha.alpha import Alpha as Alpha
    from .fine_tuning.alpha.alpha import AlphaWithRawResponse as AlphaWithRawResponse
    from .fine_tuning.alpha.alpha import AlphaWithStreamingResponse as AlphaWithStreamingResponse
    from .beta.assistants import Assistants as Assistants
    from .beta.assistants import AssistantsWithRawResponse as AssistantsWithRawResponse
    from .beta.assistants import AssistantsWithStreamingResponse as AssistantsWithStreamingResponse
    from .admin.organization.projects.service_accounts.api_keys import AsyncAPIKeys as AsyncAPIKeys
    from .admin.organization.projects.service_accounts.api_keys import (
        AsyncAPIKeysWithRawResponse as AsyncAPIKeysWithRawResponse,
    )
    from .admin.organization.projects.service_accounts.api_keys import (
        AsyncAPIKeysWithStreamingResponse as AsyncAPIKeysWithStreamingResponse,
    )
    from .admin.admin import AsyncAdmin as AsyncAdmin
    from .admin.organization.admin_api_keys import AsyncAdminAPIKeys as AsyncAdminAPIKeys
    from .admin.organization.admin_api_keys import AsyncAdminAPIKeysWithRawResponse as AsyncAdminAPIKeysWithRawResponse
    from .admin.organization.admin_api_keys import (
        AsyncAdminAPIKeysWithStreamingResponse as AsyncAdminAPIKeysWithStreamingResponse,
    )
    from .admin.admin import AsyncAdminWithRawResponse as AsyncAdminWithRawResponse
    from .admin.admin import AsyncAdminWithStreamingResponse as AsyncAdminWithStreamingResponse
    from .fine_tuning.alpha.alpha import AsyncAlpha as AsyncAlpha
    from .fine_tuning.alpha.alpha import AsyncAlphaWithRawResponse as AsyncAlphaWithRawResponse
    from .fine_tuning.alpha.alpha import AsyncAlphaWithStreamingResponse as AsyncAlphaWithStreamingResponse
    from .beta.assistants import AsyncAssistants as AsyncAssistants
    from .beta.assistants import AsyncAssistantsWithRawResponse as AsyncAssistantsWithRawResponse
    from .beta.assistants import AsyncAssistantsWithStreamingResponse as AsyncAssistantsWithStreamingResponse
    from .audio.audio import AsyncAudio as AsyncAudio
    from .audio.audio import AsyncAudioWithRawResponse as AsyncAudioWithRawResponse
    from .audio.audio import AsyncAudioWithStreamingResponse as AsyncAudioWithStreamingResponse
    from .admin.organization.audit_logs import AsyncAuditLogs as AsyncAuditLogs
    from .admin.organization.audit_logs import AsyncAuditLogsWithRawResponse as AsyncAuditLogsWithRawResponse
    from .admin.organization.audit_logs import (
        AsyncAuditLogsWithStreamingResponse as AsyncAuditLogsWithStreamingResponse,
    )
    from .batches import AsyncBatches as AsyncBatches
    from .batches import AsyncBatchesWithRawResponse as AsyncBatchesWithRawResponse
    from .batches import AsyncBatchesWithStreamingResponse as AsyncBatchesWithStreamingResponse
    from .beta.beta import AsyncBeta as AsyncBeta
    from .beta.beta import AsyncBetaWithRawResponse as AsyncBetaWithRawResponse
    from .beta.beta import AsyncBetaWithStreamingResponse as AsyncBetaWithStreamingResponse
    from .realtime.calls import AsyncCalls as AsyncCalls
    from .realtime.calls import AsyncCallsWithRawResponse as AsyncCallsWithRawResponse
    from .realtime.calls import AsyncCallsWithStreamingResponse as AsyncCallsWithStreamingResponse
    from .admin.organization.projects.certificates import AsyncCertificates as AsyncCertificates
    from .admin.organization.projects.certificates import (
        AsyncCertificatesWithRawResponse as AsyncCertificatesWithRawResponse,
    )
    from .admin.organization.projects.certificates import (
        AsyncCertificatesWithStreamingResponse as AsyncCertificatesWithStreamingResponse,
    )
    from .chat.chat import AsyncChat as AsyncChat
    from .beta.chatkit.chatkit import AsyncChatKit as AsyncChatKit
    from .beta.chatkit.chatkit import AsyncChatKitWithRawResponse as AsyncChatKitWithRawResponse
    from .beta.chatkit.chatkit import AsyncChatKitWithStreamingResponse as AsyncChatKitWithStreamingResponse
    from .chat.chat import AsyncChatWithRawResponse as AsyncChatWithRawResponse
    from .chat.chat import AsyncChatWithStreamingResponse as AsyncChatWithStreamingResponse
    from .fine_tuning.jobs.checkpoints import AsyncCheckpoints as AsyncCheckpoints
    from .fine_tuning.jobs.checkpoints import AsyncCheckpointsWithRawResponse as AsyncCheckpointsWithRawResponse
    from .fine_tuning.jobs.checkpoints import (
        AsyncCheckpointsWithStreamingResponse as AsyncCheckpointsWithStreamingResponse,
    )
    from .realtime.client_secrets import AsyncClientSecrets as AsyncClientSecrets
    from .realtime.client_secrets import AsyncClientSecretsWithRawResponse as AsyncClientSecretsWithRawResponse
    from .realtime.client_secrets import (
        AsyncClientSecretsWithStreamingResponse as AsyncClientSecretsWithStreamingResponse,
    )
    from .completions import AsyncCompletions as AsyncCompletions
    from .completions import AsyncCompletionsWithRawResponse as AsyncCompletionsWithRawResponse
    from .completions import AsyncCompletionsWithStreamingResponse as AsyncCompletionsWithStreamingResponse
    from .containers.containers import AsyncContainers as AsyncContainers
    from .containers.containers import AsyncContainersWithRawResponse as AsyncContainersWithRawResponse
    from .containers.containers import AsyncContainersWithStreamingResponse as AsyncContainersWithStreamingResponse
    from .skills.versions.content import AsyncContent as AsyncContent
    from .content_provenance_checks import AsyncContentProvenanceChecks as AsyncContentProvenanceChecks
    from .content_provenance_checks import (
        AsyncContentProvenanceChecksWithRawResponse as AsyncContentProvenanceChecksWithRawResponse,
    )
    from .content_provenance_checks import (
        AsyncContentProvenanceChecksWithStreamingResponse as AsyncContentProvenanceChecksWithStreamingResponse,
    )
    from .skills.versions.content import AsyncContentWithRawResponse as AsyncContentWithRawResponse
    from .skills.versions.content import AsyncContentWithStreamingResponse as AsyncContentWithStreamingResponse
    from .conversations.conversations import AsyncConversations as AsyncConversations
    from .conversations.conversations import AsyncConversationsWithRawResponse as AsyncConversationsWithRawResponse
    from .conversations.conversations import (
        AsyncConversationsWithStreamingResponse as AsyncConversationsWithStreamingResponse,
    )
    from .admin.organization.projects.data_retention import AsyncDataRetention as AsyncDataRetention
    from .admin.organization.projects.data_retention import (
        AsyncDataRetentionWithRawResponse as AsyncDataRetentionWithRawResponse,
    )
    from .admin.organization.projects.data_retention import (
        AsyncDataRetentionWithStreamingResponse as AsyncDataRetentionWithStreamingResponse,
    )
    from .embeddings import AsyncEmbeddings as AsyncEmbeddings
    from .embeddings import AsyncEmbeddingsWithRawResponse as AsyncEmbeddingsWithRawResponse
    from .embeddings import AsyncEmbeddingsWithStreamingResponse as AsyncEmbeddingsWithStreamingResponse
    from .evals.evals import AsyncEvals as AsyncEvals
    from .evals.evals import AsyncEvalsWithRawResponse as AsyncEvalsWithRawResponse
    from .evals.evals import AsyncEvalsWithStreamingResponse as AsyncEvalsWithStreamingResponse
    from .vector_stores.file_batches import AsyncFileBatches as AsyncFileBatches
    from .vector_stores.file_batches import AsyncFileBatchesWithRawResponse as AsyncFileBatchesWithRawResponse
    from .vector_stores.file_batches import (
        AsyncFileBatchesWithStreamingResponse as AsyncFileBatchesWithStreamingResponse,
    )
    from .vector_stores.files import AsyncFiles as AsyncFiles
    from .vector_stores.files import AsyncFilesWithRawResponse as AsyncFilesWithRawResponse
    from .vector_stores.files import AsyncFilesWithStreamingResponse as AsyncFilesWithStreamingResponse
    from .fine_tuning.fine_tuning import AsyncFineTuning as AsyncFineTuning
    from .fine_tuning.fine_tuning import AsyncFineTuningWithRawResponse as AsyncFineTuningWithRawResponse
    from .fine_tuning.fine_tuning import AsyncFineTuningWithStreamingResponse as AsyncFineTuningWithStreamingResponse
    from .fine_tuning.alpha.graders import AsyncGraders as AsyncGraders
    from .fine_tuning.alpha.graders import AsyncGradersWithRawResponse as AsyncGradersWithRawResponse
    from .fine_tuning.alpha.graders import AsyncGradersWithStreamingResponse as AsyncGradersWithStreamingResponse
    from .admin.organization.projects.groups.groups import AsyncGroups as AsyncGroups
    from .admin.organization.projects.groups.groups import AsyncGroupsWithRawResponse as AsyncGroupsWithRawResponse
    from .admin.organization.projects.groups.groups import (
        AsyncGroupsWithStreamingResponse as AsyncGroupsWithStreamingResponse,
    )
    from .admin.organization.projects.hosted_tool_permissions import (
        AsyncHostedToolPermissions as AsyncHostedToolPermissions,
    )
    from .admin.organization.projects.hosted_tool_permissions import (
        AsyncHostedToolPermissionsWithRawResponse as AsyncHostedToolPermissionsWithRawResponse,
    )
    from .admin.organization.projects.hosted_tool_permissions import (
        AsyncHostedToolPermissionsWithStreamingResponse as AsyncHostedToolPermissionsWithStreamingResponse,
    )
    from .images import AsyncImages as AsyncImages
    from .images import AsyncImagesWithRawResponse as AsyncImagesWithRawResponse
    from .images import AsyncImagesWithStreamingResponse as AsyncImagesWithStreamingResponse
    from .responses.input_items import AsyncInputItems as AsyncInputItems
    from .responses.input_items import AsyncInputItemsWithRawResponse as AsyncInputItemsWithRawResponse
    from .responses.input_items import AsyncInputItemsWithStreamingResponse as AsyncInputItemsWithStreamingResponse
    from .responses.input_tokens import AsyncInputTokens as AsyncInputTokens
    from .responses.input_tokens import AsyncInputTokensWithRawResponse as AsyncInputTokensWithRawResponse
    from .responses.input_tokens import AsyncInputTokensWithStreamingResponse as AsyncInputTokensWithStreamingResponse
    from .admin.organization.invites import AsyncInvites as AsyncInvites
    from .admin.organization.invites import AsyncInvitesWithRawResponse as AsyncInvitesWithRawResponse
    from .admin.organization.invites import AsyncInvitesWithStreamingResponse as AsyncInvitesWithStreamingResponse
    from .conversations.items import AsyncItems as AsyncItems
    from .conversations.items import AsyncItemsWithRawResponse as AsyncItemsWithRawResponse
    from .conversations.items import AsyncItemsWithStreamingResponse as AsyncItemsWithStreamingResponse
    from .fine_tuning.jobs.jobs import AsyncJobs as AsyncJobs
    from .fine_tuning.jobs.jobs import AsyncJobsWithRawResponse as AsyncJobsWithRawResponse
    from .fine_tuning.jobs.jobs import AsyncJobsWithStreamingResponse as AsyncJobsWithStreamingResponse
    from .chat.completions.messages import AsyncMessages as AsyncMessages
    from .chat.completions.messages import AsyncMessagesWithRawResponse as AsyncMessagesWithRawResponse
    from .chat.completions.messages import AsyncMessagesWithStreamingResponse as AsyncMessagesWithStreamingResponse
    from .admin.organization.projects.model_permissions import AsyncModelPermissions as AsyncModelPermissions
    from .admin.organization.projects.model_permissions import (
        AsyncModelPermissionsWithRawResponse as AsyncModelPermissionsWithRawResponse,
    )
    from .admin.organization.projects.model_permissions import (
        AsyncModelPermissionsWithStreamingResponse as AsyncModelPermissionsWithStreamingResponse,
    )
    from .models import AsyncModels as AsyncModels
    from .models import AsyncModelsWithRawResponse as AsyncModelsWithRawResponse
    from .models import AsyncModelsWithStreamingResponse as AsyncModelsWithStreamingResponse
    from .moderations import AsyncModerations as AsyncModerations
    from .moderations import AsyncModerationsWithRawResponse as AsyncModerationsWithRawResponse
    from .moderations import AsyncModerationsWithStreamingResponse as AsyncModerationsWithStreamingResponse
    from .admin.organization.organization import AsyncOrganization as AsyncOrganization
    from .admin.organization.organization import AsyncOrganizationWithRawResponse as AsyncOrganizationWithRawResponse
    from .admin.organization.organization import (
        AsyncOrganizationWithStreamingResponse as AsyncOrganizationWithStreamingResponse,
    )
    from .evals.runs.output_items import AsyncOutputItems as AsyncOutputItems
    from .evals.runs.output_items import AsyncOutputItemsWithRawResponse as AsyncOutputItemsWithRawResponse
    from .evals.runs.output_items import AsyncOutputItemsWithStreamingResponse as AsyncOutputItemsWithStreamingResponse
    from .uploads.parts import AsyncParts as AsyncParts
    from .uploads.parts import AsyncPartsWithRawResponse as AsyncPartsWithRawResponse
    from .uploads.parts import AsyncPartsWithStreamingResponse as AsyncPartsWithStreamingResponse
    from .fine_tuning.checkpoints.permissions import AsyncPermissions as AsyncPermissions
    from .fine_tuning.checkpoints.permissions import AsyncPermissionsWithRawResponse as AsyncPermissionsWithRawResponse
    from .fine_tuning.checkpoints.permissions import (
        AsyncPermissionsWithStreamingResponse as AsyncPermissionsWithStreamingResponse,
    )
    from .admin.organization.projects.projects import AsyncProjects as AsyncProjects
    from .admin.organization.projects.projects import AsyncProjectsWithRawResponse as AsyncProjectsWithRawResponse
    from .admin.organization.projects.projects import (
        AsyncProjectsWithStreamingResponse as AsyncProjectsWithStreamingResponse,
    )
    from .admin.organization.projects.rate_limits import AsyncRateLimits as AsyncRateLimits
    from .admin.organization.projects.rate_limits import (
        AsyncRateLimitsWithRawResponse as AsyncRateLimitsWithRawResponse,
    )
    from .admin.organization.projects.rate_limits import (
        AsyncRateLimitsWithStreamingResponse as AsyncRateLimitsWithStreamingResponse,
    )
    from .realtime.realtime import AsyncRealtime as AsyncRealtime
    from .realtime.realtime import AsyncRealtimeWithRawResponse as AsyncRealtimeWithRawResponse
    from .realtime.realtime import AsyncRealtimeWithStreamingResponse as AsyncRealtimeWithStreamingResponse
    from .responses.responses import AsyncResponses as AsyncResponses
    from .responses.responses import AsyncResponsesWithRawResponse as AsyncResponsesWithRawResponse
    from .responses.responses import AsyncResponsesWithStreamingResponse as AsyncResponsesWithStreamingResponse
    from .admin.organization.users.roles import AsyncRoles as AsyncRoles
    from .admin.organization.users.roles import AsyncRolesWithRawResponse as AsyncRolesWithRawResponse
    from .admin.organization.users.roles import AsyncRolesWithStreamingResponse as AsyncRolesWithStreamingResponse
    from .evals.runs.runs import AsyncRuns as AsyncRuns
    from .evals.runs.runs import AsyncRunsWithRawResponse as AsyncRunsWithRawResponse
    from .evals.runs.runs import AsyncRunsWithStreamingResponse as AsyncRunsWithStreamingResponse
    from .admin.organization.projects.service_accounts.service_accounts import (
        AsyncServiceAccounts as AsyncServiceAccounts,
    )
    from .admin.organization.projects.service_accounts.service_accounts import (
        AsyncServiceAccountsWithRawResponse as AsyncServiceAccountsWithRawResponse,
    )
    from .admin.organization.projects.service_accounts.service_accounts import (
        AsyncServiceAccountsWithStreamingResponse as AsyncServiceAccountsWithStreamingResponse,
    )
    from .beta.realtime.sessions import AsyncSessions as AsyncSessions
    from .beta.realtime.sessions import AsyncSessionsWithRawResponse as AsyncSessionsWithRawResponse
    from .beta.realtime.sessions import AsyncSessionsWithStreamingResponse as AsyncSessionsWithStreamingResponse
    from .skills.skills import AsyncSkills as AsyncSkills
    from .skills.skills import AsyncSkillsWithRawResponse as AsyncSkillsWithRawResponse
    from .skills.skills import AsyncSkillsWithStreamingResponse as AsyncSkillsWithStreamingResponse
    from .audio.speech import AsyncSpeech as AsyncSpeech
    from .audio.speech import AsyncSpeechWithRawResponse as AsyncSpeechWithRawResponse
    from .audio.speech import AsyncSpeechWithStreamingResponse as AsyncSpeechWithStreamingResponse
    from .admin.organization.spend_alerts import AsyncSpendAlerts as AsyncSpendAlerts
    from .admin.organization.spend_alerts import AsyncSpendAlertsWithRawResponse as AsyncSpendAlertsWithRawResponse
    from .admin.organization.spend_alerts import (
        AsyncSpendAlertsWithStreamingResponse as AsyncSpendAlertsWithStreamingResponse,
    )
    from .admin.organization.spend_limit import AsyncSpendLimit as AsyncSpendLimit
    from .admin.organization.spend_limit import AsyncSpendLimitWithRawResponse as AsyncSpendLimitWithRawResponse
    from .admin.organization.spend_limit import (
        AsyncSpendLimitWithStreamingResponse as AsyncSpendLimitWithStreamingResponse,
    )
    from .beta.threads.runs.steps import AsyncSteps as AsyncSteps
    from .beta.threads.runs.steps import AsyncStepsWithRawResponse as AsyncStepsWithRawResponse
    from .beta.threads.runs.steps import AsyncStepsWithStreamingResponse as AsyncStepsWithStreamingResponse
    from .beta.threads.threads import AsyncThreads as AsyncThreads
    from .beta.threads.threads import AsyncThreadsWithRawResponse as AsyncThreadsWithRawResponse
    from .beta.threads.threads import AsyncThreadsWithStreamingResponse as AsyncThreadsWithStreamingResponse
    from .beta.realtime.transcription_sessions import AsyncTranscriptionSessions as AsyncTranscriptionSessions
    from .beta.realtime.transcription_sessions import (
        AsyncTranscriptionSessionsWithRawResponse as AsyncTranscriptionSessionsWithRawResponse,
    )
    from .beta.realtime.transcription_sessions import (
        AsyncTranscriptionSessionsWithStreamingResponse as AsyncTranscriptionSessionsWithStreamingResponse,
    )
    from .audio.transcriptions import AsyncTranscriptions as AsyncTranscriptions
    from .audio.transcriptions import AsyncTranscriptionsWithRawResponse as AsyncTranscriptionsWithRawResponse
    from .audio.transcriptions import (
        AsyncTranscriptionsWithStreamingResponse as AsyncTranscriptionsWithStreamingResponse,
    )
    from .audio.translations import AsyncTranslations as AsyncTranslations
    from .audio.translations import AsyncTranslationsWithRawResponse as AsyncTranslationsWithRawResponse
    from .audio.translations import AsyncTranslationsWithStreamingResponse as AsyncTranslationsWithStreamingResponse
    from .uploads.uploads import AsyncUploads as AsyncUploads
    from .uploads.uploads import AsyncUploadsWithRawResponse as AsyncUploadsWithRawResponse
    from .uploads.uploads import AsyncUploadsWithStreamingResponse as AsyncUploadsWithStreamingResponse
    from .admin.organization.usage import AsyncUsage as AsyncUsage
    from .admin.organization.usage import AsyncUsageWithRawResponse as AsyncUsageWithRawResponse
    from .admin.organization.usage import AsyncUsageWithStreamingResponse as AsyncUsageWithStreamingResponse
    from .admin.organization.users.users import AsyncUsers as AsyncUsers
    from .admin.organization.users.users import AsyncUsersWithRawResponse as AsyncUsersWithRawResponse
    from .admin.organization.users.users import AsyncUsersWithStreamingResponse as AsyncUsersWithStreamingResponse
    from .vector_stores.vector_stores import AsyncVectorStores as AsyncVectorStores
    from .vector_stores.vector_stores import AsyncVectorStoresWithRawResponse as AsyncVectorStoresWithRawResponse
    from .vector_stores.vector_stores import (
        AsyncVectorStoresWithStreamingResponse as AsyncVectorStoresWithStreamingResponse,
    )
    from .skills.versions.versions import AsyncVersions as AsyncVersions
    from .skills.versions.versions import AsyncVersionsWithRawResponse as AsyncVersionsWithRawResponse
    from .skills.versions.versions import AsyncVersionsWithStreamingResponse as AsyncVersionsWithStreamingResponse
    from .videos import AsyncVideos as AsyncVideos
    from .videos import AsyncVideosWithRawResponse as AsyncVideosWithRawResponse
    from .videos import AsyncVideosWithStreamingResponse as AsyncVideosWithStreamingResponse
    from .webhooks import AsyncWebhooks as AsyncWebhooks
    from .webhooks import AsyncWebhooksWithRawResponse as AsyncWebhooksWithRawResponse
    from .webhooks import AsyncWebhooksWithStreamingResponse as AsyncWebhooksWithStreamingResponse
    from .audio.audio import Audio as Audio
    from .audio.audio import AudioWithRawResponse as AudioWithRawResponse
    from .audio.audio import AudioWithStreamingResponse as AudioWithStreamingResponse
    from .admin.organization.audit_logs import AuditLogs as AuditLogs
    from .admin.organization.audit_logs import AuditLogsWithRawResponse as AuditLogsWithRawResponse
    from .admin.organization.audit_logs import AuditLogsWithStreamingResponse as AuditLogsWithStreamingResponse
    from .batches import Batches as Batches
    from .batches import BatchesWithRawResponse as BatchesWithRawResponse
    from .batches import BatchesWithStreamingResponse as BatchesWithStreamingResponse
    from .beta.beta import Beta as Beta
    from .beta.beta import BetaWithRawResponse as BetaWithRawResponse
    from .beta.beta import BetaWithStreamingResponse as BetaWithStreamingResponse
    from .realtime.calls import Calls as Calls
    from .realtime.calls import CallsWithRawResponse as CallsWithRawResponse
    from .realtime.calls import CallsWithStreamingResponse as CallsWithStreamingResponse
    from .admin.organization.projects.certificates import Certificates as Certificates
    from .admin.organization.projects.certificates import CertificatesWithRawResponse as CertificatesWithRawResponse
    from .admin.organization.projects.certificates import (
        CertificatesWithStreamingResponse as CertificatesWithStreamingResponse,
    )
    from .chat.chat import Chat as Chat
    from .beta.chatkit.chatkit import ChatKit as ChatKit
    from .beta.chatkit.chatkit import ChatKitWithRawResponse as ChatKitWithRawResponse
    from .beta.chatkit.chatkit import ChatKitWithStreamingResponse as ChatKitWithStreamingResponse
    from .chat.chat import ChatWithRawResponse as ChatWithRawResponse
    from .chat.chat import ChatWithStreamingResponse as ChatWithStreamingResponse
    from .fine_tuning.jobs.checkpoints import Checkpoints as Checkpoints
    from .fine_tuning.jobs.checkpoints import CheckpointsWithRawResponse as CheckpointsWithRawResponse
    from .fine_tuning.jobs.checkpoints import CheckpointsWithStreamingResponse as CheckpointsWithStreamingResponse
    from .realtime.client_secrets import ClientSecrets as ClientSecrets
    from .realtime.client_secrets import ClientSecretsWithRawResponse as ClientSecretsWithRawResponse
    from .realtime.client_secrets import ClientSecretsWithStreamingResponse as ClientSecretsWithStreamingResponse
    from .completions import Completions as Completions
    from .completions import CompletionsWithRawResponse as CompletionsWithRawResponse
    from .completions import CompletionsWithStreamingResponse as CompletionsWithStreamingResponse
    from .containers.containers import Containers as Containers
    from .containers.containers import ContainersWithRawResponse as ContainersWithRawResponse
    from .containers.containers import ContainersWithStreamingResponse as ContainersWithStreamingResponse
    from .skills.versions.content import Content as Content
    from .content_provenance_checks import ContentProvenanceChecks as ContentProvenanceChecks
    from .content_provenance_checks import (
        ContentProvenanceChecksWithRawResponse as ContentProvenanceChecksWithRawResponse,
    )
    from .content_provenance_checks import (
        ContentProvenanceChecksWithStreamingResponse as ContentProvenanceChecksWithStreamingResponse,
    )
    from .skills.versions.content import ContentWithRawResponse as ContentWithRawResponse
    from .skills.versions.content import ContentWithStreamingResponse as ContentWithStreamingResponse
    from .conversations.conversations import Conversations as Conversations
    from .conversations.conversations import ConversationsWithRawResponse as ConversationsWithRawResponse
    from .conversations.conversations import ConversationsWithStreamingResponse as ConversationsWithStreamingResponse
    from .admin.organization.projects.data_retention import DataRetention as DataRetention
    from .admin.organization.projects.data_retention import DataRetentionWithRawResponse as DataRetentionWithRawResponse
    from .admin.organization.projects.data_retention import (
        DataRetentionWithStreamingResponse as DataRetentionWithStreamingResponse,
    )
    from .embeddings import Embeddings as Embeddings
    from .embeddings import EmbeddingsWithRawResponse as EmbeddingsWithRawResponse
    from .embeddings import EmbeddingsWithStreamingResponse as EmbeddingsWithStreamingResponse
    from .evals.evals import Evals as Evals
    from .evals.evals import EvalsWithRawResponse as EvalsWithRawResponse
    from .evals.evals import EvalsWithStreamingResponse as EvalsWithStreamingResponse
    from .vector_stores.file_batches import FileBatches as FileBatches
    from .vector_stores.file_batches import FileBatchesWithRawResponse as FileBatchesWithRawResponse
    from .vector_stores.file_batches import FileBatchesWithStreamingResponse as FileBatchesWithStreamingResponse
    from .vector_stores.files import Files as Files
    from .vector_stores.files import FilesWithRawResponse as FilesWithRawResponse
    from .vector_stores.files import FilesWithStreamingResponse as FilesWithStreamingResponse
    from .fine_tuning.fine_tuning import FineTuning as FineTuning
    from .fine_tuning.fine_tuning import FineTuningWithRawResponse as FineTuningWithRawResponse
    from .fine_tuning.fine_tuning import FineTuningWithStreamingResponse as FineTuningWithStreamingResponse
    from .fine_tuning.alpha.graders import Graders as Graders
    from .fine_tuning.alpha.graders import GradersWithRawResponse as GradersWithRawResponse
    from .fine_tuning.alpha.graders import GradersWithStreamingResponse as GradersWithStreamingResponse
    from .admin.organization.projects.groups.groups import Groups as Groups
    from .admin.organization.projects.groups.groups import GroupsWithRawResponse as GroupsWithRawResponse
    from .admin.organization.projects.groups.groups import GroupsWithStreamingResponse as GroupsWithStreamingResponse
    from .admin.organization.projects.hosted_tool_permissions import HostedToolPermissions as HostedToolPermissions
    from .admin.organization.projects.hosted_tool_permissions import (
        HostedToolPermissionsWithRawResponse as HostedToolPermissionsWithRawResponse,
    )
    from .admin.organization.projects.hosted_tool_permissions import (
        HostedToolPermissionsWithStreamingResponse as HostedToolPermissionsWithStreamingResponse,
    )
    from .images import Images as Images
    from .images import ImagesWithRawResponse as ImagesWithRawResponse
    from .images import ImagesWithStreamingResponse as ImagesWithStreamingResponse
    from .responses.input_items import InputItems as InputItems
    from .responses.input_items import InputItemsWithRawResponse as InputItemsWithRawResponse
    from .responses.input_items import InputItemsWithStreamingResponse as InputItemsWithStreamingResponse
    from .responses.input_tokens import InputTokens as InputTokens
    from .responses.input_tokens import InputTokensWithRawResponse as InputTokensWithRawResponse
    from .responses.input_tokens import InputTokensWithStreamingResponse as InputTokensWithStreamingResponse
    from .admin.organization.invites import Invites as Invites
    from .admin.organization.invites import InvitesWithRawResponse as InvitesWithRawResponse
    from .admin.organization.invites import InvitesWithStreamingResponse as InvitesWithStreamingResponse
    from .conversations.items import Items as Items
    from .conversations.items import ItemsWithRawResponse as ItemsWithRawResponse
    from .conversations.items import ItemsWithStreamingResponse as ItemsWithStreamingResponse
    from .fine_tuning.jobs.jobs import Jobs as Jobs
    from .fine_tuning.jobs.jobs import JobsWithRawResponse as JobsWithRawResponse
    from .fine_tuning.jobs.jobs import JobsWithStreamingResponse as JobsWithStreamingResponse
    from .chat.completions.messages import Messages as Messages
    from .chat.completions.messages import MessagesWithRawResponse as MessagesWithRawResponse
    from .chat.completions.messages import MessagesWithStreamingResponse as MessagesWithStreamingResponse
    from .admin.organization.projects.model_permissions import ModelPermissions as ModelPermissions
    from .admin.organization.projects.model_permissions import (
        ModelPermissionsWithRawResponse as ModelPermissionsWithRawResponse,
    )
    from .admin.organization.projects.model_permissions import (
        ModelPermissionsWithStreamingResponse as ModelPermissionsWithStreamingResponse,
    )
    from .models import Models as Models
    from .models import ModelsWithRawResponse as ModelsWithRawResponse
    from .models import ModelsWithStreamingResponse as ModelsWithStreamingResponse
    from .moderations import Moderations as Moderations
    from .moderations import ModerationsWithRawResponse as ModerationsWithRawResponse
    from .moderations import ModerationsWithStreamingResponse as ModerationsWithStreamingResponse
    from .admin.organization.organization import Organization as Organization
    from .admin.organization.organization import OrganizationWithRawResponse as OrganizationWithRawResponse
    from .admin.organization.organization import OrganizationWithStreamingResponse as OrganizationWithStreamingResponse
    from .evals.runs.output_items import OutputItems as OutputItems
    from .evals.runs.output_items import OutputItemsWithRawResponse as OutputItemsWithRawResponse
    from .evals.runs.output_items import OutputItemsWithStreamingResponse as OutputItemsWithStreamingResponse
    from .uploads.parts import Parts as Parts
    from .uploads.parts import PartsWithRawResponse as PartsWithRawResponse
    from .uploads.parts import PartsWithStreamingResponse as PartsWithStreamingResponse
    from .fine_tuning.checkpoints.permissions import Permissions as Permissions
    from .fine_tuning.checkpoints.permissions import PermissionsWithRawResponse as PermissionsWithRawResponse
    from .fine_tuning.checkpoints.permissions import (
        PermissionsWithStreamingResponse as PermissionsWithStreamingResponse,
    )
    from .admin.organization.projects.projects import Projects as Projects
    from .admin.organization.projects.projects import ProjectsWithRawResponse as ProjectsWithRawResponse
    from .admin.organization.projects.projects import ProjectsWithStreamingResponse as ProjectsWithStreamingResponse
    from .admin.organization.projects.rate_limits import RateLimits as RateLimits
    from .admin.organization.projects.rate_limits import RateLimitsWithRawResponse as RateLimitsWithRawResponse
    from .admin.organization.projects.rate_limits import (
        RateLimitsWithStreamingResponse as RateLimitsWithStreamingResponse,
    )
    from .realtime.realtime import Realtime as Realtime
    from .realtime.realtime import RealtimeWithRawResponse as RealtimeWithRawResponse
    from .realtime.realtime import RealtimeWithStreamingResponse as RealtimeWithStreamingResponse
    from .responses.responses import Responses as Responses
    from .responses.responses import ResponsesWithRawResponse as ResponsesWithRawResponse
    from .responses.responses import ResponsesWithStreamingResponse as ResponsesWithStreamingResponse
    from .admin.organization.users.roles import Roles as Roles
    from .admin.organization.users.roles import RolesWithRawResponse as RolesWithRawResponse
    from .admin.organization.users.roles import RolesWithStreamingResponse as RolesWithStreamingResponse
    from .evals.runs.runs import Runs as Runs
    from .evals.runs.runs import RunsWithRawResponse as RunsWithRawResponse
    from .evals.runs.runs import RunsWithStreamingResponse as RunsWithStreamingResponse
    from .admin.organization.projects.service_accounts.service_accounts import ServiceAccounts as ServiceAccounts
    from .admin.organization.projects.service_accounts.service_accounts import (
        ServiceAccountsWithRawResponse as ServiceAccountsWithRawResponse,
    )
    from .admin.organization.projects.service_accounts.service_accounts import (
        ServiceAccountsWithStreamingResponse as ServiceAccountsWithStreamingResponse,
    )
    from .beta.realtime.sessions import Sessions as Sessions
    from .beta.realtime.sessions import SessionsWithRawResponse as SessionsWithRawResponse
    from .beta.realtime.sessions import SessionsWithStreamingResponse as SessionsWithStreamingResponse
    from .skills.skills import Skills as Skills
    from .skills.skills import SkillsWithRawResponse as SkillsWithRawResponse
    from .skills.skills import SkillsWithStreamingResponse as SkillsWithStreamingResponse
    from .audio.speech import Speech as Speech
    from .audio.speech import SpeechWithRawResponse as SpeechWithRawResponse
    from .audio.speech import SpeechWithStreamingResponse as SpeechWithStreamingResponse
    from .admin.organization.spend_alerts import SpendAlerts as SpendAlerts
    from .admin.organization.spend_alerts import SpendAlertsWithRawResponse as SpendAlertsWithRawResponse
    from .admin.organization.spend_alerts import SpendAlertsWithStreamingResponse as SpendAlertsWithStreamingResponse
    from .admin.organization.spend_limit import SpendLimit as SpendLimit
    from .admin.organization.spend_limit import SpendLimitWithRawResponse as SpendLimitWithRawResponse
    from .admin.organization.spend_limit import SpendLimitWithStreamingResponse as SpendLimitWithStreamingResponse
    from .beta.threads.runs.steps import Steps as Steps
    from .beta.threads.runs.steps import StepsWithRawResponse as StepsWithRawResponse
    from .beta.threads.runs.steps import StepsWithStreamingResponse as StepsWithStreamingResponse
    from .beta.threads.threads import Threads as Threads
    from .beta.threads.threads import ThreadsWithRawResponse as ThreadsWithRawResponse
    from .beta.threads.threads import ThreadsWithStreamingResponse as ThreadsWithStreamingResponse
    from .beta.realtime.transcription_sessions import TranscriptionSessions as TranscriptionSessions
    from .beta.realtime.transcription_sessions import (
        TranscriptionSessionsWithRawResponse as TranscriptionSessionsWithRawResponse,
    )
    from .beta.realtime.transcription_sessions import (
        TranscriptionSessionsWithStreamingResponse as TranscriptionSessionsWithStreamingResponse,
    )
    from .audio.transcriptions import Transcriptions as Transcriptions
    from .audio.transcriptions import TranscriptionsWithRawResponse as TranscriptionsWithRawResponse
    from .audio.transcriptions import TranscriptionsWithStreamingResponse as TranscriptionsWithStreamingResponse
    from .audio.translations import Translations as Translations
    from .audio.translations import TranslationsWithRawResponse as TranslationsWithRawResponse
    from .audio.translations import TranslationsWithStreamingResponse as TranslationsWithStreamingResponse
    from .uploads.uploads import Uploads as Uploads
    from .uploads.uploads import UploadsWithRawResponse as UploadsWithRawResponse
    from .uploads.uploads import UploadsWithStreamingResponse as UploadsWithStreamingResponse
    from .admin.organization.usage import Usage as Usage
    from .admin.organization.usage import UsageWithRawResponse as UsageWithRawResponse
    from .admin.organization.usage import UsageWithStreamingResponse as UsageWithStreamingResponse
    from .admin.organization.users.users import Users as Users
    from .admin.organization.users.users import UsersWithRawResponse as UsersWithRawResponse
    from .admin.organization.users.users import UsersWithStreamingResponse as UsersWithStreamingResponse
    from .vector_stores.vector_stores import VectorStores as VectorStores
    from .vector_stores.vector_stores import VectorStoresWithRawResponse as VectorStoresWithRawResponse
    from .vector_stores.vector_stores import VectorStoresWithStreamingResponse as VectorStoresWithStreamingResponse
    from .skills.versions.versions import Versions as Versions
    from .skills.versions.versions import VersionsWithRawResponse as VersionsWithRawResponse
    from .skills.versions.versions import VersionsWithStreamingResponse as VersionsWithStreamingResponse
    from .videos import Videos as Videos
    from .videos import VideosWithRawResponse as VideosWithRawResponse
    from .videos import VideosWithStreamingResponse as VideosWithStreamingResponse
    from .webhooks import Webhooks as Webhooks
    from .webhooks import WebhooksWithRawResponse as WebhooksWithRawResponse
    from .webhooks import WebhooksWithStreamingResponse as WebhooksWithStreamingResponse

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
    "Alpha",
    "AlphaWithRawResponse",
    "AlphaWithStreamingResponse",
    "Assistants",
    "AssistantsWithRawResponse",
    "AssistantsWithStreamingResponse",
    "AsyncAPIKeys",
    "AsyncAPIKeysWithRawResponse",
    "AsyncAPIKeysWithStreamingResponse",
    "AsyncAdmin",
    "AsyncAdminAPIKeys",
    "AsyncAdminAPIKeysWithRawResponse",
    "AsyncAdminAPIKeysWithStreamingResponse",
    "AsyncAdminWithRawResponse",
    "AsyncAdminWithStreamingResponse",
    "AsyncAlpha",
    "AsyncAlphaWithRawResponse",
    "AsyncAlphaWithStreamingResponse",
    "AsyncAssistants",
    "AsyncAssistantsWithRawResponse",
    "AsyncAssistantsWithStreamingResponse",
    "AsyncAudio",
    "AsyncAudioWithRawResponse",
    "AsyncAudioWithStreamingResponse",
    "AsyncAuditLogs",
    "AsyncAuditLogsWithRawResponse",
    "AsyncAuditLogsWithStreamingResponse",
    "AsyncBatches",
    "AsyncBatchesWithRawResponse",
    "AsyncBatchesWithStreamingResponse",
    "AsyncBeta",
    "AsyncBetaWithRawResponse",
    "AsyncBetaWithStreamingResponse",
    "AsyncCalls",
    "AsyncCallsWithRawResponse",
    "AsyncCallsWithStreamingResponse",
    "AsyncCertificates",
    "AsyncCertificatesWithRawResponse",
    "AsyncCertificatesWithStreamingResponse",
    "AsyncChat",
    "AsyncChatKit",
    "AsyncChatKitWithRawResponse",
    "AsyncChatKitWithStreamingResponse",
    "AsyncChatWithRawResponse",
    "AsyncChatWithStreamingResponse",
    "AsyncCheckpoints",
    "AsyncCheckpointsWithRawResponse",
    "AsyncCheckpointsWithStreamingResponse",
    "AsyncClientSecrets",
    "AsyncClientSecretsWithRawResponse",
    "AsyncClientSecretsWithStreamingResponse",
    "AsyncCompletions",
    "AsyncCompletionsWithRawResponse",
    "AsyncCompletionsWithStreamingResponse",
    "AsyncContainers",
    "AsyncContainersWithRawResponse",
    "AsyncContainersWithStreamingResponse",
    "AsyncContent",
    "AsyncContentProvenanceChecks",
    "AsyncContentProvenanceChecksWithRawResponse",
    "AsyncContentProvenanceChecksWithStreamingResponse",
    "AsyncContentWithRawResponse",
    "AsyncContentWithStreamingResponse",
    "AsyncConversations",
    "AsyncConversationsWithRawResponse",
    "AsyncConversationsWithStreamingResponse",
    "AsyncDataRetention",
    "AsyncDataRetentionWithRawResponse",
    "AsyncDataRetentionWithStreamingResponse",
    "AsyncEmbeddings",
    "AsyncEmbeddingsWithRawResponse",
    "AsyncEmbeddingsWithStreamingResponse",
    "AsyncEvals",
    "AsyncEvalsWithRawResponse",
    "AsyncEvalsWithStreamingResponse",
    "AsyncFileBatches",
    "AsyncFileBatchesWithRawResponse",
    "AsyncFileBatchesWithStreamingResponse",
    "AsyncFiles",
    "AsyncFilesWithRawResponse",
    "AsyncFilesWithStreamingResponse",
    "AsyncFineTuning",
    "AsyncFineTuningWithRawResponse",
    "AsyncFineTuningWithStreamingResponse",
    "AsyncGraders",
    "AsyncGradersWithRawResponse",
    "AsyncGradersWithStreamingResponse",
    "AsyncGroups",
    "AsyncGroupsWithRawResponse",
    "AsyncGroupsWithStreamingResponse",
    "AsyncHostedToolPermissions",
    "AsyncHostedToolPermissionsWithRawResponse",
    "AsyncHostedToolPermissionsWithStreamingResponse",
    "AsyncImages",
    "AsyncImagesWithRawResponse",
    "AsyncImagesWithStreamingResponse",
    "AsyncInputItems",
    "AsyncInputItemsWithRawResponse",
    "AsyncInputItemsWithStreamingResponse",
    "AsyncInputTokens",
    "AsyncInputTokensWithRawResponse",
    "AsyncInputTokensWithStreamingResponse",
    "AsyncInvites",
    "AsyncInvitesWithRawResponse",
    "AsyncInvitesWithStreamingResponse",
    "AsyncItems",
    "AsyncItemsWithRawResponse",
    "AsyncItemsWithStreamingResponse",
    "AsyncJobs",
    "AsyncJobsWithRawResponse",
    "AsyncJobsWithStreamingResponse",
    "AsyncMessages",
    "AsyncMessagesWithRawResponse",
    "AsyncMessagesWithStreamingResponse",
    "AsyncModelPermissions",
    "AsyncModelPermissionsWithRawResponse",
    "AsyncModelPermissionsWithStreamingResponse",
    "AsyncModels",
    "AsyncModelsWithRawResponse",
    "AsyncModelsWithStreamingResponse",
    "AsyncModerations",
    "AsyncModerationsWithRawResponse",
    "AsyncModerationsWithStreamingResponse",
    "AsyncOrganization",
    "AsyncOrganizationWithRawResponse",
    "AsyncOrganizationWithStreamingResponse",
    "AsyncOutputItems",
    "AsyncOutputItemsWithRawResponse",
    "AsyncOutputItemsWithStreamingResponse",
    "AsyncParts",
    "AsyncPartsWithRawResponse",
    "AsyncPartsWithStreamingResponse",
    "AsyncPermissions",
    "AsyncPermissionsWithRawResponse",
    "AsyncPermissionsWithStreamingResponse",
    "AsyncProjects",
    "AsyncProjectsWithRawResponse",
    "AsyncProjectsWithStreamingResponse",
    "AsyncRateLimits",
    "AsyncRateLimitsWithRawResponse",
    "AsyncRateLimitsWithStreamingResponse",
    "AsyncRealtime",
    "AsyncRealtimeWithRawResponse",
    "AsyncRealtimeWithStreamingResponse",
    "AsyncResponses",
    "AsyncResponsesWithRawResponse",
    "AsyncResponsesWithStreamingResponse",
    "AsyncRoles",
    "AsyncRolesWithRawResponse",
    "AsyncRolesWithStreamingResponse",
    "AsyncRuns",
    "AsyncRunsWithRawResponse",
    "AsyncRunsWithStreamingResponse",
    "AsyncServiceAccounts",
    "AsyncServiceAccountsWithRawResponse",
    "AsyncServiceAccountsWithStreamingResponse",
    "AsyncSessions",
    "AsyncSessionsWithRawResponse",
    "AsyncSessionsWithStreamingResponse",
    "AsyncSkills",
    "AsyncSkillsWithRawResponse",
    "AsyncSkillsWithStreamingResponse",
    "AsyncSpeech",
    "AsyncSpeechWithRawResponse",
    "AsyncSpeechWithStreamingResponse",
    "AsyncSpendAlerts",
    "AsyncSpendAlertsWithRawResponse",
    "AsyncSpendAlertsWithStreamingResponse",
    "AsyncSpendLimit",
    "AsyncSpendLimitWithRawResponse",
    "AsyncSpendLimitWithStreamingResponse",
    "AsyncSteps",
    "AsyncStepsWithRawResponse",
    "AsyncStepsWithStreamingResponse",
    "AsyncThreads",
    "AsyncThreadsWithRawResponse",
    "AsyncThreadsWithStreamingResponse",
    "AsyncTranscriptionSessions",
    "AsyncTranscriptionSessionsWithRawResponse",
    "AsyncTranscriptionSessionsWithStreamingResponse",
    "AsyncTranscriptions",
    "AsyncTranscriptionsWithRawResponse",
    "AsyncTranscriptionsWithStreamingResponse",
    "AsyncTranslations",
    "AsyncTranslationsWithRawResponse",
    "AsyncTranslationsWithStreamingResponse",
    "AsyncUploads",
    "AsyncUploadsWithRawResponse",
    "AsyncUploadsWithStreamingResponse",
    "AsyncUsage",
    "AsyncUsageWithRawResponse",
    "AsyncUsageWithStreamingResponse",
    "AsyncUsers",
    "AsyncUsersWithRawResponse",
    "AsyncUsersWithStreamingResponse",
    "AsyncVectorStores",
    "AsyncVectorStoresWithRawResponse",
    "AsyncVectorStoresWithStreamingResponse",
    "AsyncVersions",
    "AsyncVersionsWithRawResponse",
    "AsyncVersionsWithStreamingResponse",
    "AsyncVideos",
    "AsyncVideosWithRawResponse",
    "AsyncVideosWithStreamingResponse",
    "AsyncWebhooks",
    "AsyncWebhooksWithRawResponse",
    "AsyncWebhooksWithStreamingResponse",
    "Audio",
    "AudioWithRawResponse",
    "AudioWithStreamingResponse",
    "AuditLogs",
    "AuditLogsWithRawResponse",
    "AuditLogsWithStreamingResponse",
    "Batches",
    "BatchesWithRawResponse",
    "BatchesWithStreamingResponse",
    "Beta",
    "BetaWithRawResponse",
    "BetaWithStreamingResponse",
    "Calls",
    "CallsWithRawResponse",
    "CallsWithStreamingResponse",
    "Certificates",
    "CertificatesWithRawResponse",
    "CertificatesWithStreamingResponse",
    "Chat",
    "ChatKit",
    "ChatKitWithRawResponse",
    "ChatKitWithStreamingResponse",
    "ChatWithRawResponse",
    "ChatWithStreamingResponse",
    "Checkpoints",
    "CheckpointsWithRawResponse",
    "CheckpointsWithStreamingResponse",
    "ClientSecrets",
    "ClientSecretsWithRawResponse",
    "ClientSecretsWithStreamingResponse",
    "Completions",
    "CompletionsWithRawResponse",
    "CompletionsWithStreamingResponse",
    "Containers",
    "ContainersWithRawResponse",
    "ContainersWithStreamingResponse",
    "Content",
    "ContentProvenanceChecks",
    "ContentProvenanceChecksWithRawResponse",
    "ContentProvenanceChecksWithStreamingResponse",
    "ContentWithRawResponse",
    "ContentWithStreamingResponse",
    "Conversations",
    "ConversationsWithRawResponse",
    "ConversationsWithStreamingResponse",
    "DataRetention",
    "DataRetentionWithRawResponse",
    "DataRetentionWithStreamingResponse",
    "Embeddings",
    "EmbeddingsWithRawResponse",
    "EmbeddingsWithStreamingResponse",
    "Evals",
    "EvalsWithRawResponse",
    "EvalsWithStreamingResponse",
    "FileBatches",
    "FileBatchesWithRawResponse",
    "FileBatchesWithStreamingResponse",
    "Files",
    "FilesWithRawResponse",
    "FilesWithStreamingResponse",
    "FineTuning",
    "FineTuningWithRawResponse",
    "FineTuningWithStreamingResponse",
    "Graders",
    "GradersWithRawResponse",
    "GradersWithStreamingResponse",
    "Groups",
    "GroupsWithRawResponse",
    "GroupsWithStreamingResponse",
    "HostedToolPermissions",
    "HostedToolPermissionsWithRawResponse",
    "HostedToolPermissionsWithStreamingResponse",
    "Images",
    "ImagesWithRawResponse",
    "ImagesWithStreamingResponse",
    "InputItems",
    "InputItemsWithRawResponse",
    "InputItemsWithStreamingResponse",
    "InputTokens",
    "InputTokensWithRawResponse",
    "InputTokensWithStreamingResponse",
    "Invites",
    "InvitesWithRawResponse",
    "InvitesWithStreamingResponse",
    "Items",
    "ItemsWithRawResponse",
    "ItemsWithStreamingResponse",
    "Jobs",
    "JobsWithRawResponse",
    "JobsWithStreamingResponse",
    "Messages",
    "MessagesWithRawResponse",
    "MessagesWithStreamingResponse",
    "ModelPermissions",
    "ModelPermissionsWithRawResponse",
    "ModelPermissionsWithStreamingResponse",
    "Models",
    "ModelsWithRawResponse",
    "ModelsWithStreamingResponse",
    "Moderations",
    "ModerationsWithRawResponse",
    "ModerationsWithStreamingResponse",
    "Organization",
    "OrganizationWithRawResponse",
    "OrganizationWithStreamingResponse",
    "OutputItems",
    "OutputItemsWithRawResponse",
    "OutputItemsWithStreamingResponse",
    "Parts",
    "PartsWithRawResponse",
    "PartsWithStreamingResponse",
    "Permissions",
    "PermissionsWithRawResponse",
    "PermissionsWithStreamingResponse",
    "Projects",
    "ProjectsWithRawResponse",
    "ProjectsWithStreamingResponse",
    "RateLimits",
    "RateLimitsWithRawResponse",
    "RateLimitsWithStreamingResponse",
    "Realtime",
    "RealtimeWithRawResponse",
    "RealtimeWithStreamingResponse",
    "Responses",
    "ResponsesWithRawResponse",
    "ResponsesWithStreamingResponse",
    "Roles",
    "RolesWithRawResponse",
    "RolesWithStreamingResponse",
    "Runs",
    "RunsWithRawResponse",
    "RunsWithStreamingResponse",
    "ServiceAccounts",
    "ServiceAccountsWithRawResponse",
    "ServiceAccountsWithStreamingResponse",
    "Sessions",
    "SessionsWithRawResponse",
    "SessionsWithStreamingResponse",
    "Skills",
    "SkillsWithRawResponse",
    "SkillsWithStreamingResponse",
    "Speech",
    "SpeechWithRawResponse",
    "SpeechWithStreamingResponse",
    "SpendAlerts",
    "SpendAlertsWithRawResponse",
    "SpendAlertsWithStreamingResponse",
    "SpendLimit",
    "SpendLimitWithRawResponse",
    "SpendLimitWithStreamingResponse",
    "Steps",
    "StepsWithRawResponse",
    "StepsWithStreamingResponse",
    "Threads",
    "ThreadsWithRawResponse",
    "ThreadsWithStreamingResponse",
    "TranscriptionSessions",
    "TranscriptionSessionsWithRawResponse",
    "TranscriptionSessionsWithStreamingResponse",
    "Transcriptions",
    "TranscriptionsWithRawResponse",
    "TranscriptionsWithStreamingResponse",
    "Translations",
    "TranslationsWithRawResponse",
    "TranslationsWithStreamingResponse",
    "Uploads",
    "UploadsWithRawResponse",
    "UploadsWithStreamingResponse",
    "Usage",
    "UsageWithRawResponse",
    "UsageWithStreamingResponse",
    "Users",
    "UsersWithRawResponse",
    "UsersWithStreamingResponse",
    "VectorStores",
    "VectorStoresWithRawResponse",
    "VectorStoresWithStreamingResponse",
    "Versions",
    "VersionsWithRawResponse",
    "VersionsWithStreamingResponse",
    "Videos",
    "VideosWithRawResponse",
    "VideosWithStreamingResponse",
    "Webhooks",
    "WebhooksWithRawResponse",
    "WebhooksWithStreamingResponse",
]

_EXPORTS = {
    "APIKeys": ".admin.organization.projects.service_accounts.api_keys",
    "APIKeysWithRawResponse": ".admin.organization.projects.service_accounts.api_keys",
    "APIKeysWithStreamingResponse": ".admin.organization.projects.service_accounts.api_keys",
    "Admin": ".admin.admin",
    "AdminAPIKeys": ".admin.organization.admin_api_keys",
    "AdminAPIKeysWithRawResponse": ".admin.organization.admin_api_keys",
    "AdminAPIKeysWithStreamingResponse": ".admin.organization.admin_api_keys",
    "AdminWithRawResponse": ".admin.admin",
    "AdminWithStreamingResponse": ".admin.admin",
    "Alpha": ".fine_tuning.alpha.alpha",
    "AlphaWithRawResponse": ".fine_tuning.alpha.alpha",
    "AlphaWithStreamingResponse": ".fine_tuning.alpha.alpha",
    "Assistants": ".beta.assistants",
    "AssistantsWithRawResponse": ".beta.assistants",
    "AssistantsWithStreamingResponse": ".beta.assistants",
    "AsyncAPIKeys": ".admin.organization.projects.service_accounts.api_keys",
    "AsyncAPIKeysWithRawResponse": ".admin.organization.projects.service_accounts.api_keys",
    "AsyncAPIKeysWithStreamingResponse": ".admin.organization.projects.service_accounts.api_keys",
    "AsyncAdmin": ".admin.admin",
    "AsyncAdminAPIKeys": ".admin.organization.admin_api_keys",
    "AsyncAdminAPIKeysWithRawResponse": ".admin.organization.admin_api_keys",
    "AsyncAdminAPIKeysWithStreamingResponse": ".admin.organization.admin_api_keys",
    "AsyncAdminWithRawResponse": ".admin.admin",
    "AsyncAdminWithStreamingResponse": ".admin.admin",
    "AsyncAlpha": ".fine_tuning.alpha.alpha",
    "AsyncAlphaWithRawResponse": ".fine_tuning.alpha.alpha",
    "AsyncAlphaWithStreamingResponse": ".fine_tuning.alpha.alpha",
    "AsyncAssistants": ".beta.assistants",
    "AsyncAssistantsWithRawResponse": ".beta.assistants",
    "AsyncAssistantsWithStreamingResponse": ".beta.assistants",
    "AsyncAudio": ".audio.audio",
    "AsyncAudioWithRawResponse": ".audio.audio",
    "AsyncAudioWithStreamingResponse": ".audio.audio",
    "AsyncAuditLogs": ".admin.organization.audit_logs",
    "AsyncAuditLogsWithRawResponse": ".admin.organization.audit_logs",
    "AsyncAuditLogsWithStreamingResponse": ".admin.organization.audit_logs",
    "AsyncBatches": ".batches",
    "AsyncBatchesWithRawResponse": ".batches",
    "AsyncBatchesWithStreamingResponse": ".batches",
    "AsyncBeta": ".beta.beta",
    "AsyncBetaWithRawResponse": ".beta.beta",
    "AsyncBetaWithStreamingResponse": ".beta.beta",
    "AsyncCalls": ".realtime.calls",
    "AsyncCallsWithRawResponse": ".realtime.calls",
    "AsyncCallsWithStreamingResponse": ".realtime.calls",
    "AsyncCertificates": ".admin.organization.projects.certificates",
    "AsyncCertificatesWithRawResponse": ".admin.organization.projects.certificates",
    "AsyncCertificatesWithStreamingResponse": ".admin.organization.projects.certificates",
    "AsyncChat": ".chat.chat",
    "AsyncChatKit": ".beta.chatkit.chatkit",
    "AsyncChatKitWithRawResponse": ".beta.chatkit.chatkit",
    "AsyncChatKitWithStreamingResponse": ".beta.chatkit.chatkit",
    "AsyncChatWithRawResponse": ".chat.chat",
    "AsyncChatWithStreamingResponse": ".chat.chat",
    "AsyncCheckpoints": ".fine_tuning.jobs.checkpoints",
    "AsyncCheckpointsWithRawResponse": ".fine_tuning.jobs.checkpoints",
    "AsyncCheckpointsWithStreamingResponse": ".fine_tuning.jobs.checkpoints",
    "AsyncClientSecrets": ".realtime.client_secrets",
    "AsyncClientSecretsWithRawResponse": ".realtime.client_secrets",
    "AsyncClientSecretsWithStreamingResponse": ".realtime.client_secrets",
    "AsyncCompletions": ".completions",
    "AsyncCompletionsWithRawResponse": ".completions",
    "AsyncCompletionsWithStreamingResponse": ".completions",
    "AsyncContainers": ".containers.containers",
    "AsyncContainersWithRawResponse": ".containers.containers",
    "AsyncContainersWithStreamingResponse": ".containers.containers",
    "AsyncContent": ".skills.versions.content",
    "AsyncContentProvenanceChecks": ".content_provenance_checks",
    "AsyncContentProvenanceChecksWithRawResponse": ".content_provenance_checks",
    "AsyncContentProvenanceChecksWithStreamingResponse": ".content_provenance_checks",
    "AsyncContentWithRawResponse": ".skills.versions.content",
    "AsyncContentWithStreamingResponse": ".skills.versions.content",
    "AsyncConversations": ".conversations.conversations",
    "AsyncConversationsWithRawResponse": ".conversations.conversations",
    "AsyncConversationsWithStreamingResponse": ".conversations.conversations",
    "AsyncDataRetention": ".admin.organization.projects.data_retention",
    "AsyncDataRetentionWithRawResponse": ".admin.organization.projects.data_retention",
    "AsyncDataRetentionWithStreamingResponse": ".admin.organization.projects.data_retention",
    "AsyncEmbeddings": ".embeddings",
    "AsyncEmbeddingsWithRawResponse": ".embeddings",
    "AsyncEmbeddingsWithStreamingResponse": ".embeddings",
    "AsyncEvals": ".evals.evals",
    "AsyncEvalsWithRawResponse": ".evals.evals",
    "AsyncEvalsWithStreamingResponse": ".evals.evals",
    "AsyncFileBatches": ".vector_stores.file_batches",
    "AsyncFileBatchesWithRawResponse": ".vector_stores.file_batches",
    "AsyncFileBatchesWithStreamingResponse": ".vector_stores.file_batches",
    "AsyncFiles": ".vector_stores.files",
    "AsyncFilesWithRawResponse": ".vector_stores.files",
    "AsyncFilesWithStreamingResponse": ".vector_stores.files",
    "AsyncFineTuning": ".fine_tuning.fine_tuning",
    "AsyncFineTuningWithRawResponse": ".fine_tuning.fine_tuning",
    "AsyncFineTuningWithStreamingResponse": ".fine_tuning.fine_tuning",
    "AsyncGraders": ".fine_tuning.alpha.graders",
    "AsyncGradersWithRawResponse": ".fine_tuning.alpha.graders",
    "AsyncGradersWithStreamingResponse": ".fine_tuning.alpha.graders",
    "AsyncGroups": ".admin.organization.projects.groups.groups",
    "AsyncGroupsWithRawResponse": ".admin.organization.projects.groups.groups",
    "AsyncGroupsWithStreamingResponse": ".admin.organization.projects.groups.groups",
    "AsyncHostedToolPermissions": ".admin.organization.projects.hosted_tool_permissions",
    "AsyncHostedToolPermissionsWithRawResponse": ".admin.organization.projects.hosted_tool_permissions",
    "AsyncHostedToolPermissionsWithStreamingResponse": ".admin.organization.projects.hosted_tool_permissions",
    "AsyncImages": ".images",
    "AsyncImagesWithRawResponse": ".images",
    "AsyncImagesWithStreamingResponse": ".images",
    "AsyncInputItems": ".responses.input_items",
    "AsyncInputItemsWithRawResponse": ".responses.input_items",
    "AsyncInputItemsWithStreamingResponse": ".responses.input_items",
    "AsyncInputTokens": ".responses.input_tokens",
    "AsyncInputTokensWithRawResponse": ".responses.input_tokens",
    "AsyncInputTokensWithStreamingResponse": ".responses.input_tokens",
    "AsyncInvites": ".admin.organization.invites",
    "AsyncInvitesWithRawResponse": ".admin.organization.invites",
    "AsyncInvitesWithStreamingResponse": ".admin.organization.invites",
    "AsyncItems": ".conversations.items",
    "AsyncItemsWithRawResponse": ".conversations.items",
    "AsyncItemsWithStreamingResponse": ".conversations.items",
    "AsyncJobs": ".fine_tuning.jobs.jobs",
    "AsyncJobsWithRawResponse": ".fine_tuning.jobs.jobs",
    "AsyncJobsWithStreamingResponse": ".fine_tuning.jobs.jobs",
    "AsyncMessages": ".chat.completions.messages",
    "AsyncMessagesWithRawResponse": ".chat.completions.messages",
    "AsyncMessagesWithStreamingResponse": ".chat.completions.messages",
    "AsyncModelPermissions": ".admin.organization.projects.model_permissions",
    "AsyncModelPermissionsWithRawResponse": ".admin.organization.projects.model_permissions",
    "AsyncModelPermissionsWithStreamingResponse": ".admin.organization.projects.model_permissions",
    "AsyncModels": ".models",
    "AsyncModelsWithRawResponse": ".models",
    "AsyncModelsWithStreamingResponse": ".models",
    "AsyncModerations": ".moderations",
    "AsyncModerationsWithRawResponse": ".moderations",
    "AsyncModerationsWithStreamingResponse": ".moderations",
    "AsyncOrganization": ".admin.organization.organization",
    "AsyncOrganizationWithRawResponse": ".admin.organization.organization",
    "AsyncOrganizationWithStreamingResponse": ".admin.organization.organization",
    "AsyncOutputItems": ".evals.runs.output_items",
    "AsyncOutputItemsWithRawResponse": ".evals.runs.output_items",
    "AsyncOutputItemsWithStreamingResponse": ".evals.runs.output_items",
    "AsyncParts": ".uploads.parts",
    "AsyncPartsWithRawResponse": ".uploads.parts",
    "AsyncPartsWithStreamingResponse": ".uploads.parts",
    "AsyncPermissions": ".fine_tuning.checkpoints.permissions",
    "AsyncPermissionsWithRawResponse": ".fine_tuning.checkpoints.permissions",
    "AsyncPermissionsWithStreamingResponse": ".fine_tuning.checkpoints.permissions",
    "AsyncProjects": ".admin.organization.projects.projects",
    "AsyncProjectsWithRawResponse": ".admin.organization.projects.projects",
    "AsyncProjectsWithStreamingResponse": ".admin.organization.projects.projects",
    "AsyncRateLimits": ".admin.organization.projects.rate_limits",
    "AsyncRateLimitsWithRawResponse": ".admin.organization.projects.rate_limits",
    "AsyncRateLimitsWithStreamingResponse": ".admin.organization.projects.rate_limits",
    "AsyncRealtime": ".realtime.realtime",
    "AsyncRealtimeWithRawResponse": ".realtime.realtime",
    "AsyncRealtimeWithStreamingResponse": ".realtime.realtime",
    "AsyncResponses": ".responses.responses",
    "AsyncResponsesWithRawResponse": ".responses.responses",
    "AsyncResponsesWithStreamingResponse": ".responses.responses",
    "AsyncRoles": ".admin.organization.users.roles",
    "AsyncRolesWithRawResponse": ".admin.organization.users.roles",
    "AsyncRolesWithStreamingResponse": ".admin.organization.users.roles",
    "AsyncRuns": ".evals.runs.runs",
    "AsyncRunsWithRawResponse": ".evals.runs.runs",
    "AsyncRunsWithStreamingResponse": ".evals.runs.runs",
    "AsyncServiceAccounts": ".admin.organization.projects.service_accounts.service_accounts",
    "AsyncServiceAccountsWithRawResponse": ".admin.organization.projects.service_accounts.service_accounts",
    "AsyncServiceAccountsWithStreamingResponse": ".admin.organization.projects.service_accounts.service_accounts",
    "AsyncSessions": ".beta.realtime.sessions",
    "AsyncSessionsWithRawResponse": ".beta.realtime.sessions",
    "AsyncSessionsWithStreamingResponse": ".beta.realtime.sessions",
    "AsyncSkills": ".skills.skills",
    "AsyncSkillsWithRawResponse": ".skills.skills",
    "AsyncSkillsWithStreamingResponse": ".skills.skills",
    "AsyncSpeech": ".audio.speech",
    "AsyncSpeechWithRawResponse": ".audio.speech",
    "AsyncSpeechWithStreamingResponse": ".audio.speech",
    "AsyncSpendAlerts": ".admin.organization.spend_alerts",
    "AsyncSpendAlertsWithRawResponse": ".admin.organization.spend_alerts",
    "AsyncSpendAlertsWithStreamingResponse": ".admin.organization.spend_alerts",
    "AsyncSpendLimit": ".admin.organization.spend_limit",
    "AsyncSpendLimitWithRawResponse": ".admin.organization.spend_limit",
    "AsyncSpendLimitWithStreamingResponse": ".admin.organization.spend_limit",
    "AsyncSteps": ".beta.threads.runs.steps",
    "AsyncStepsWithRawResponse": ".beta.threads.runs.steps",
    "AsyncStepsWithStreamingResponse": ".beta.threads.runs.steps",
    "AsyncThreads": ".beta.threads.threads",
    "AsyncThreadsWithRawResponse": ".beta.threads.threads",
    "AsyncThreadsWithStreamingResponse": ".beta.threads.threads",
    "AsyncTranscriptionSessions": ".beta.realtime.transcription_sessions",
    "AsyncTranscriptionSessionsWithRawResponse": ".beta.realtime.transcription_sessions",
    "AsyncTranscriptionSessionsWithStreamingResponse": ".beta.realtime.transcription_sessions",
    "AsyncTranscriptions": ".audio.transcriptions",
    "AsyncTranscriptionsWithRawResponse": ".audio.transcriptions",
    "AsyncTranscriptionsWithStreamingResponse": ".audio.transcriptions",
    "AsyncTranslations": ".audio.translations",
    "AsyncTranslationsWithRawResponse": ".audio.translations",
    "AsyncTranslationsWithStreamingResponse": ".audio.translations",
    "AsyncUploads": ".uploads.uploads",
    "AsyncUploadsWithRawResponse": ".uploads.uploads",
    "AsyncUploadsWithStreamingResponse": ".uploads.uploads",
    "AsyncUsage": ".admin.organization.usage",
    "AsyncUsageWithRawResponse": ".admin.organization.usage",
    "AsyncUsageWithStreamingResponse": ".admin.organization.usage",
    "AsyncUsers": ".admin.organization.users.users",
    "AsyncUsersWithRawResponse": ".admin.organization.users.users",
    "AsyncUsersWithStreamingResponse": ".admin.organization.users.users",
    "AsyncVectorStores": ".vector_stores.vector_stores",
    "AsyncVectorStoresWithRawResponse": ".vector_stores.vector_stores",
    "AsyncVectorStoresWithStreamingResponse": ".vector_stores.vector_stores",
    "AsyncVersions": ".skills.versions.versions",
    "AsyncVersionsWithRawResponse": ".skills.versions.versions",
    "AsyncVersionsWithStreamingResponse": ".skills.versions.versions",
    "AsyncVideos": ".videos",
    "AsyncVideosWithRawResponse": ".videos",
    "AsyncVideosWithStreamingResponse": ".videos",
    "AsyncWebhooks": ".webhooks",
    "AsyncWebhooksWithRawResponse": ".webhooks",
    "AsyncWebhooksWithStreamingResponse": ".webhooks",
    "Audio": ".audio.audio",
    "AudioWithRawResponse": ".audio.audio",
    "AudioWithStreamingResponse": ".audio.audio",
    "AuditLogs": ".admin.organization.audit_logs",
    "AuditLogsWithRawResponse": ".admin.organization.audit_logs",
    "AuditLogsWithStreamingResponse": ".admin.organization.audit_logs",
    "Batches": ".batches",
    "BatchesWithRawResponse": ".batches",
    "BatchesWithStreamingResponse": ".batches",
    "Beta": ".beta.beta",
    "BetaWithRawResponse": ".beta.beta",
    "BetaWithStreamingResponse": ".beta.beta",
    "Calls": ".realtime.calls",
    "CallsWithRawResponse": ".realtime.calls",
    "CallsWithStreamingResponse": ".realtime.calls",
    "Certificates": ".admin.organization.projects.certificates",
    "CertificatesWithRawResponse": ".admin.organization.projects.certificates",
    "CertificatesWithStreamingResponse": ".admin.organization.projects.certificates",
    "Chat": ".chat.chat",
    "ChatKit": ".beta.chatkit.chatkit",
    "ChatKitWithRawResponse": ".beta.chatkit.chatkit",
    "ChatKitWithStreamingResponse": ".beta.chatkit.chatkit",
    "ChatWithRawResponse": ".chat.chat",
    "ChatWithStreamingResponse": ".chat.chat",
    "Checkpoints": ".fine_tuning.jobs.checkpoints",
    "CheckpointsWithRawResponse": ".fine_tuning.jobs.checkpoints",
    "CheckpointsWithStreamingResponse": ".fine_tuning.jobs.checkpoints",
    "ClientSecrets": ".realtime.client_secrets",
    "ClientSecretsWithRawResponse": ".realtime.client_secrets",
    "ClientSecretsWithStreamingResponse": ".realtime.client_secrets",
    "Completions": ".completions",
    "CompletionsWithRawResponse": ".completions",
    "CompletionsWithStreamingResponse": ".completions",
    "Containers": ".containers.containers",
    "ContainersWithRawResponse": ".containers.containers",
    "ContainersWithStreamingResponse": ".containers.containers",
    "Content": ".skills.versions.content",
    "ContentProvenanceChecks": ".content_provenance_checks",
    "ContentProvenanceChecksWithRawResponse": ".content_provenance_checks",
    "ContentProvenanceChecksWithStreamingResponse": ".content_provenance_checks",
    "ContentWithRawResponse": ".skills.versions.content",
    "ContentWithStreamingResponse": ".skills.versions.content",
    "Conversations": ".conversations.conversations",
    "ConversationsWithRawResponse": ".conversations.conversations",
    "ConversationsWithStreamingResponse": ".conversations.conversations",
    "DataRetention": ".admin.organization.projects.data_retention",
    "DataRetentionWithRawResponse": ".admin.organization.projects.data_retention",
    "DataRetentionWithStreamingResponse": ".admin.organization.projects.data_retention",
    "Embeddings": ".embeddings",
    "EmbeddingsWithRawResponse": ".embeddings",
    "EmbeddingsWithStreamingResponse": ".embeddings",
    "Evals": ".evals.evals",
    "EvalsWithRawResponse": ".evals.evals",
    "EvalsWithStreamingResponse": ".evals.evals",
    "FileBatches": ".vector_stores.file_batches",
    "FileBatchesWithRawResponse": ".vector_stores.file_batches",
    "FileBatchesWithStreamingResponse": ".vector_stores.file_batches",
    "Files": ".vector_stores.files",
    "FilesWithRawResponse": ".vector_stores.files",
    "FilesWithStreamingResponse": ".vector_stores.files",
    "FineTuning": ".fine_tuning.fine_tuning",
    "FineTuningWithRawResponse": ".fine_tuning.fine_tuning",
    "FineTuningWithStreamingResponse": ".fine_tuning.fine_tuning",
    "Graders": ".fine_tuning.alpha.graders",
    "GradersWithRawResponse": ".fine_tuning.alpha.graders",
    "GradersWithStreamingResponse": ".fine_tuning.alpha.graders",
    "Groups": ".admin.organization.projects.groups.groups",
    "GroupsWithRawResponse": ".admin.organization.projects.groups.groups",
    "GroupsWithStreamingResponse": ".admin.organization.projects.groups.groups",
    "HostedToolPermissions": ".admin.organization.projects.hosted_tool_permissions",
    "HostedToolPermissionsWithRawResponse": ".admin.organization.projects.hosted_tool_permissions",
    "HostedToolPermissionsWithStreamingResponse": ".admin.organization.projects.hosted_tool_permissions",
    "Images": ".images",
    "ImagesWithRawResponse": ".images",
    "ImagesWithStreamingResponse": ".images",
    "InputItems": ".responses.input_items",
    "InputItemsWithRawResponse": ".responses.input_items",
    "InputItemsWithStreamingResponse": ".responses.input_items",
    "InputTokens": ".responses.input_tokens",
    "InputTokensWithRawResponse": ".responses.input_tokens",
    "InputTokensWithStreamingResponse": ".responses.input_tokens",
    "Invites": ".admin.organization.invites",
    "InvitesWithRawResponse": ".admin.organization.invites",
    "InvitesWithStreamingResponse": ".admin.organization.invites",
    "Items": ".conversations.items",
    "ItemsWithRawResponse": ".conversations.items",
    "ItemsWithStreamingResponse": ".conversations.items",
    "Jobs": ".fine_tuning.jobs.jobs",
    "JobsWithRawResponse": ".fine_tuning.jobs.jobs",
    "JobsWithStreamingResponse": ".fine_tuning.jobs.jobs",
    "Messages": ".chat.completions.messages",
    "MessagesWithRawResponse": ".chat.completions.messages",
    "MessagesWithStreamingResponse": ".chat.completions.messages",
    "ModelPermissions": ".admin.organization.projects.model_permissions",
    "ModelPermissionsWithRawResponse": ".admin.organization.projects.model_permissions",
    "ModelPermissionsWithStreamingResponse": ".admin.organization.projects.model_permissions",
    "Models": ".models",
    "ModelsWithRawResponse": ".models",
    "ModelsWithStreamingResponse": ".models",
    "Moderations": ".moderations",
    "ModerationsWithRawResponse": ".moderations",
    "ModerationsWithStreamingResponse": ".moderations",
    "Organization": ".admin.organization.organization",
    "OrganizationWithRawResponse": ".admin.organization.organization",
    "OrganizationWithStreamingResponse": ".admin.organization.organization",
    "OutputItems": ".evals.runs.output_items",
    "OutputItemsWithRawResponse": ".evals.runs.output_items",
    "OutputItemsWithStreamingResponse": ".evals.runs.output_items",
    "Parts": ".uploads.parts",
    "PartsWithRawResponse": ".uploads.parts",
    "PartsWithStreamingResponse": ".uploads.parts",
    "Permissions": ".fine_tuning.checkpoints.permissions",
    "PermissionsWithRawResponse": ".fine_tuning.checkpoints.permissions",
    "PermissionsWithStreamingResponse": ".fine_tuning.checkpoints.permissions",
    "Projects": ".admin.organization.projects.projects",
    "ProjectsWithRawResponse": ".admin.organization.projects.projects",
    "ProjectsWithStreamingResponse": ".admin.organization.projects.projects",
    "RateLimits": ".admin.organization.projects.rate_limits",
    "RateLimitsWithRawResponse": ".admin.organization.projects.rate_limits",
    "RateLimitsWithStreamingResponse": ".admin.organization.projects.rate_limits",
    "Realtime": ".realtime.realtime",
    "RealtimeWithRawResponse": ".realtime.realtime",
    "RealtimeWithStreamingResponse": ".realtime.realtime",
    "Responses": ".responses.responses",
    "ResponsesWithRawResponse": ".responses.responses",
    "ResponsesWithStreamingResponse": ".responses.responses",
    "Roles": ".admin.organization.users.roles",
    "RolesWithRawResponse": ".admin.organization.users.roles",
    "RolesWithStreamingResponse": ".admin.organization.users.roles",
    "Runs": ".evals.runs.runs",
    "RunsWithRawResponse": ".evals.runs.runs",
    "RunsWithStreamingResponse": ".evals.runs.runs",
    "ServiceAccounts": ".admin.organization.projects.service_accounts.service_accounts",
    "ServiceAccountsWithRawResponse": ".admin.organization.projects.service_accounts.service_accounts",
    "ServiceAccountsWithStreamingResponse": ".admin.organization.projects.service_accounts.service_accounts",
    "Sessions": ".beta.realtime.sessions",
    "SessionsWithRawResponse": ".beta.realtime.sessions",
    "SessionsWithStreamingResponse": ".beta.realtime.sessions",
    "Skills": ".skills.skills",
    "SkillsWithRawResponse": ".skills.skills",
    "SkillsWithStreamingResponse": ".skills.skills",
    "Speech": ".audio.speech",
    "SpeechWithRawResponse": ".audio.speech",
    "SpeechWithStreamingResponse": ".audio.speech",
    "SpendAlerts": ".admin.organization.spend_alerts",
    "SpendAlertsWithRawResponse": ".admin.organization.spend_alerts",
    "SpendAlertsWithStreamingResponse": ".admin.organization.spend_alerts",
    "SpendLimit": ".admin.organization.spend_limit",
    "SpendLimitWithRawResponse": ".admin.organization.spend_limit",
    "SpendLimitWithStreamingResponse": ".admin.organization.spend_limit",
    "Steps": ".beta.threads.runs.steps",
    "StepsWithRawResponse": ".beta.threads.runs.steps",
    "StepsWithStreamingResponse": ".beta.threads.runs.steps",
    "Threads": ".beta.threads.threads",
    "ThreadsWithRawResponse": ".beta.threads.threads",
    "ThreadsWithStreamingResponse": ".beta.threads.threads",
    "TranscriptionSessions": ".beta.realtime.transcription_sessions",
    "TranscriptionSessionsWithRawResponse": ".beta.realtime.transcription_sessions",
    "TranscriptionSessionsWithStreamingResponse": ".beta.realtime.transcription_sessions",
    "Transcriptions": ".audio.transcriptions",
    "TranscriptionsWithRawResponse": ".audio.transcriptions",
    "TranscriptionsWithStreamingResponse": ".audio.transcriptions",
    "Translations": ".audio.translations",
    "TranslationsWithRawResponse": ".audio.translations",
    "TranslationsWithStreamingResponse": ".audio.translations",
    "Uploads": ".uploads.uploads",
    "UploadsWithRawResponse": ".uploads.uploads",
    "UploadsWithStreamingResponse": ".uploads.uploads",
    "Usage": ".admin.organization.usage",
    "UsageWithRawResponse": ".admin.organization.usage",
    "UsageWithStreamingResponse": ".admin.organization.usage",
    "Users": ".admin.organization.users.users",
    "UsersWithRawResponse": ".admin.organization.users.users",
    "UsersWithStreamingResponse": ".admin.organization.users.users",
    "VectorStores": ".vector_stores.vector_stores",
    "VectorStoresWithRawResponse": ".vector_stores.vector_stores",
    "VectorStoresWithStreamingResponse": ".vector_stores.vector_stores",
    "Versions": ".skills.versions.versions",
    "VersionsWithRawResponse": ".skills.versions.versions",
    "VersionsWithStreamingResponse": ".skills.versions.versions",
    "Videos": ".videos",
    "VideosWithRawResponse": ".videos",
    "VideosWithStreamingResponse": ".videos",
    "Webhooks": ".webhooks",
    "WebhooksWithRawResponse": ".webhooks",
    "WebhooksWithStreamingResponse": ".webhooks",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        source = _EXPORTS.get(name)
        if source is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(source, __name__), name)
        globals()[name] = value
        return value
