# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

"""The lazy resource tree of the clients: resources are imported on first access."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from ._async.api_client import AsyncAPIClient
    from ._sync.api_client import SyncAPIClient
    from .resources.admin.admin import (
        Admin,
        AdminWithRawResponse,
        AdminWithStreamingResponse,
        AsyncAdmin,
        AsyncAdminWithRawResponse,
        AsyncAdminWithStreamingResponse,
    )
    from .resources.audio.audio import (
        AsyncAudio,
        AsyncAudioWithRawResponse,
        AsyncAudioWithStreamingResponse,
        Audio,
        AudioWithRawResponse,
        AudioWithStreamingResponse,
    )
    from .resources.batches import (
        AsyncBatches,
        AsyncBatchesWithRawResponse,
        AsyncBatchesWithStreamingResponse,
        Batches,
        BatchesWithRawResponse,
        BatchesWithStreamingResponse,
    )
    from .resources.beta.beta import (
        AsyncBeta,
        AsyncBetaWithRawResponse,
        AsyncBetaWithStreamingResponse,
        Beta,
        BetaWithRawResponse,
        BetaWithStreamingResponse,
    )
    from .resources.chat.chat import (
        AsyncChat,
        AsyncChatWithRawResponse,
        AsyncChatWithStreamingResponse,
        Chat,
        ChatWithRawResponse,
        ChatWithStreamingResponse,
    )
    from .resources.completions import (
        AsyncCompletions,
        AsyncCompletionsWithRawResponse,
        AsyncCompletionsWithStreamingResponse,
        Completions,
        CompletionsWithRawResponse,
        CompletionsWithStreamingResponse,
    )
    from .resources.containers.containers import (
        AsyncContainers,
        AsyncContainersWithRawResponse,
        AsyncContainersWithStreamingResponse,
        Containers,
        ContainersWithRawResponse,
        ContainersWithStreamingResponse,
    )
    from .resources.content_provenance_checks import (
        AsyncContentProvenanceChecks,
        AsyncContentProvenanceChecksWithRawResponse,
        AsyncContentProvenanceChecksWithStreamingResponse,
        ContentProvenanceChecks,
        ContentProvenanceChecksWithRawResponse,
        ContentProvenanceChecksWithStreamingResponse,
    )
    from .resources.conversations.conversations import (
        AsyncConversations,
        AsyncConversationsWithRawResponse,
        AsyncConversationsWithStreamingResponse,
        Conversations,
        ConversationsWithRawResponse,
        ConversationsWithStreamingResponse,
    )
    from .resources.embeddings import (
        AsyncEmbeddings,
        AsyncEmbeddingsWithRawResponse,
        AsyncEmbeddingsWithStreamingResponse,
        Embeddings,
        EmbeddingsWithRawResponse,
        EmbeddingsWithStreamingResponse,
    )
    from .resources.evals.evals import (
        AsyncEvals,
        AsyncEvalsWithRawResponse,
        AsyncEvalsWithStreamingResponse,
        Evals,
        EvalsWithRawResponse,
        EvalsWithStreamingResponse,
    )
    from .resources.files import (
        AsyncFiles,
        AsyncFilesWithRawResponse,
        AsyncFilesWithStreamingResponse,
        Files,
        FilesWithRawResponse,
        FilesWithStreamingResponse,
    )
    from .resources.fine_tuning.fine_tuning import (
        AsyncFineTuning,
        AsyncFineTuningWithRawResponse,
        AsyncFineTuningWithStreamingResponse,
        FineTuning,
        FineTuningWithRawResponse,
        FineTuningWithStreamingResponse,
    )
    from .resources.images import (
        AsyncImages,
        AsyncImagesWithRawResponse,
        AsyncImagesWithStreamingResponse,
        Images,
        ImagesWithRawResponse,
        ImagesWithStreamingResponse,
    )
    from .resources.models import (
        AsyncModels,
        AsyncModelsWithRawResponse,
        AsyncModelsWithStreamingResponse,
        Models,
        ModelsWithRawResponse,
        ModelsWithStreamingResponse,
    )
    from .resources.moderations import (
        AsyncModerations,
        AsyncModerationsWithRawResponse,
        AsyncModerationsWithStreamingResponse,
        Moderations,
        ModerationsWithRawResponse,
        ModerationsWithStreamingResponse,
    )
    from .resources.realtime.realtime import (
        AsyncRealtime,
        AsyncRealtimeWithRawResponse,
        AsyncRealtimeWithStreamingResponse,
        Realtime,
        RealtimeWithRawResponse,
        RealtimeWithStreamingResponse,
    )
    from .resources.responses.responses import (
        AsyncResponses,
        AsyncResponsesWithRawResponse,
        AsyncResponsesWithStreamingResponse,
        Responses,
        ResponsesWithRawResponse,
        ResponsesWithStreamingResponse,
    )
    from .resources.skills.skills import (
        AsyncSkills,
        AsyncSkillsWithRawResponse,
        AsyncSkillsWithStreamingResponse,
        Skills,
        SkillsWithRawResponse,
        SkillsWithStreamingResponse,
    )
    from .resources.uploads.uploads import (
        AsyncUploads,
        AsyncUploadsWithRawResponse,
        AsyncUploadsWithStreamingResponse,
        Uploads,
        UploadsWithRawResponse,
        UploadsWithStreamingResponse,
    )
    from .resources.vector_stores.vector_stores import (
        AsyncVectorStores,
        AsyncVectorStoresWithRawResponse,
        AsyncVectorStoresWithStreamingResponse,
        VectorStores,
        VectorStoresWithRawResponse,
        VectorStoresWithStreamingResponse,
    )
    from .resources.videos import (
        AsyncVideos,
        AsyncVideosWithRawResponse,
        AsyncVideosWithStreamingResponse,
        Videos,
        VideosWithRawResponse,
        VideosWithStreamingResponse,
    )
    from .resources.webhooks import (
        AsyncWebhooks,
        AsyncWebhooksWithRawResponse,
        AsyncWebhooksWithStreamingResponse,
        Webhooks,
        WebhooksWithRawResponse,
        WebhooksWithStreamingResponse,
    )

__all__ = [
    "SyncResources",
    "AsyncResources",
    "OpenAIWithRawResponse",
    "AsyncOpenAIWithRawResponse",
    "OpenAIWithStreamedResponse",
    "AsyncOpenAIWithStreamedResponse",
]


class SyncResources:
    """The resources of ``OpenAI``."""

    @cached_property
    def admin(self) -> Admin:
        from .resources.admin.admin import Admin

        return Admin(cast("SyncAPIClient", self))

    @cached_property
    def audio(self) -> Audio:
        from .resources.audio.audio import Audio

        return Audio(cast("SyncAPIClient", self))

    @cached_property
    def batches(self) -> Batches:
        from .resources.batches import Batches

        return Batches(cast("SyncAPIClient", self))

    @cached_property
    def beta(self) -> Beta:
        from .resources.beta.beta import Beta

        return Beta(cast("SyncAPIClient", self))

    @cached_property
    def chat(self) -> Chat:
        from .resources.chat.chat import Chat

        return Chat(cast("SyncAPIClient", self))

    @cached_property
    def completions(self) -> Completions:
        from .resources.completions import Completions

        return Completions(cast("SyncAPIClient", self))

    @cached_property
    def containers(self) -> Containers:
        from .resources.containers.containers import Containers

        return Containers(cast("SyncAPIClient", self))

    @cached_property
    def content_provenance_checks(self) -> ContentProvenanceChecks:
        from .resources.content_provenance_checks import ContentProvenanceChecks

        return ContentProvenanceChecks(cast("SyncAPIClient", self))

    @cached_property
    def conversations(self) -> Conversations:
        from .resources.conversations.conversations import Conversations

        return Conversations(cast("SyncAPIClient", self))

    @cached_property
    def embeddings(self) -> Embeddings:
        from .resources.embeddings import Embeddings

        return Embeddings(cast("SyncAPIClient", self))

    @cached_property
    def evals(self) -> Evals:
        from .resources.evals.evals import Evals

        return Evals(cast("SyncAPIClient", self))

    @cached_property
    def files(self) -> Files:
        from .resources.files import Files

        return Files(cast("SyncAPIClient", self))

    @cached_property
    def fine_tuning(self) -> FineTuning:
        from .resources.fine_tuning.fine_tuning import FineTuning

        return FineTuning(cast("SyncAPIClient", self))

    @cached_property
    def images(self) -> Images:
        from .resources.images import Images

        return Images(cast("SyncAPIClient", self))

    @cached_property
    def models(self) -> Models:
        from .resources.models import Models

        return Models(cast("SyncAPIClient", self))

    @cached_property
    def moderations(self) -> Moderations:
        from .resources.moderations import Moderations

        return Moderations(cast("SyncAPIClient", self))

    @cached_property
    def realtime(self) -> Realtime:
        from .resources.realtime.realtime import Realtime

        return Realtime(cast("SyncAPIClient", self))

    @cached_property
    def responses(self) -> Responses:
        from .resources.responses.responses import Responses

        return Responses(cast("SyncAPIClient", self))

    @cached_property
    def skills(self) -> Skills:
        from .resources.skills.skills import Skills

        return Skills(cast("SyncAPIClient", self))

    @cached_property
    def uploads(self) -> Uploads:
        from .resources.uploads.uploads import Uploads

        return Uploads(cast("SyncAPIClient", self))

    @cached_property
    def vector_stores(self) -> VectorStores:
        from .resources.vector_stores.vector_stores import VectorStores

        return VectorStores(cast("SyncAPIClient", self))

    @cached_property
    def videos(self) -> Videos:
        from .resources.videos import Videos

        return Videos(cast("SyncAPIClient", self))

    @cached_property
    def webhooks(self) -> Webhooks:
        from .resources.webhooks import Webhooks

        return Webhooks(cast("SyncAPIClient", self))


class AsyncResources:
    """The resources of ``AsyncOpenAI``."""

    @cached_property
    def admin(self) -> AsyncAdmin:
        from .resources.admin.admin import AsyncAdmin

        return AsyncAdmin(cast("AsyncAPIClient", self))

    @cached_property
    def audio(self) -> AsyncAudio:
        from .resources.audio.audio import AsyncAudio

        return AsyncAudio(cast("AsyncAPIClient", self))

    @cached_property
    def batches(self) -> AsyncBatches:
        from .resources.batches import AsyncBatches

        return AsyncBatches(cast("AsyncAPIClient", self))

    @cached_property
    def beta(self) -> AsyncBeta:
        from .resources.beta.beta import AsyncBeta

        return AsyncBeta(cast("AsyncAPIClient", self))

    @cached_property
    def chat(self) -> AsyncChat:
        from .resources.chat.chat import AsyncChat

        return AsyncChat(cast("AsyncAPIClient", self))

    @cached_property
    def completions(self) -> AsyncCompletions:
        from .resources.completions import AsyncCompletions

        return AsyncCompletions(cast("AsyncAPIClient", self))

    @cached_property
    def containers(self) -> AsyncContainers:
        from .resources.containers.containers import AsyncContainers

        return AsyncContainers(cast("AsyncAPIClient", self))

    @cached_property
    def content_provenance_checks(self) -> AsyncContentProvenanceChecks:
        from .resources.content_provenance_checks import AsyncContentProvenanceChecks

        return AsyncContentProvenanceChecks(cast("AsyncAPIClient", self))

    @cached_property
    def conversations(self) -> AsyncConversations:
        from .resources.conversations.conversations import AsyncConversations

        return AsyncConversations(cast("AsyncAPIClient", self))

    @cached_property
    def embeddings(self) -> AsyncEmbeddings:
        from .resources.embeddings import AsyncEmbeddings

        return AsyncEmbeddings(cast("AsyncAPIClient", self))

    @cached_property
    def evals(self) -> AsyncEvals:
        from .resources.evals.evals import AsyncEvals

        return AsyncEvals(cast("AsyncAPIClient", self))

    @cached_property
    def files(self) -> AsyncFiles:
        from .resources.files import AsyncFiles

        return AsyncFiles(cast("AsyncAPIClient", self))

    @cached_property
    def fine_tuning(self) -> AsyncFineTuning:
        from .resources.fine_tuning.fine_tuning import AsyncFineTuning

        return AsyncFineTuning(cast("AsyncAPIClient", self))

    @cached_property
    def images(self) -> AsyncImages:
        from .resources.images import AsyncImages

        return AsyncImages(cast("AsyncAPIClient", self))

    @cached_property
    def models(self) -> AsyncModels:
        from .resources.models import AsyncModels

        return AsyncModels(cast("AsyncAPIClient", self))

    @cached_property
    def moderations(self) -> AsyncModerations:
        from .resources.moderations import AsyncModerations

        return AsyncModerations(cast("AsyncAPIClient", self))

    @cached_property
    def realtime(self) -> AsyncRealtime:
        from .resources.realtime.realtime import AsyncRealtime

        return AsyncRealtime(cast("AsyncAPIClient", self))

    @cached_property
    def responses(self) -> AsyncResponses:
        from .resources.responses.responses import AsyncResponses

        return AsyncResponses(cast("AsyncAPIClient", self))

    @cached_property
    def skills(self) -> AsyncSkills:
        from .resources.skills.skills import AsyncSkills

        return AsyncSkills(cast("AsyncAPIClient", self))

    @cached_property
    def uploads(self) -> AsyncUploads:
        from .resources.uploads.uploads import AsyncUploads

        return AsyncUploads(cast("AsyncAPIClient", self))

    @cached_property
    def vector_stores(self) -> AsyncVectorStores:
        from .resources.vector_stores.vector_stores import AsyncVectorStores

        return AsyncVectorStores(cast("AsyncAPIClient", self))

    @cached_property
    def videos(self) -> AsyncVideos:
        from .resources.videos import AsyncVideos

        return AsyncVideos(cast("AsyncAPIClient", self))

    @cached_property
    def webhooks(self) -> AsyncWebhooks:
        from .resources.webhooks import AsyncWebhooks

        return AsyncWebhooks(cast("AsyncAPIClient", self))


class OpenAIWithRawResponse:
    """``OpenAI().with_raw_response``: every resource, with methods returning the response."""

    def __init__(self, client: SyncResources) -> None:
        self._client = client

    @cached_property
    def admin(self) -> AdminWithRawResponse:
        from .resources.admin.admin import AdminWithRawResponse

        return AdminWithRawResponse(self._client.admin)

    @cached_property
    def audio(self) -> AudioWithRawResponse:
        from .resources.audio.audio import AudioWithRawResponse

        return AudioWithRawResponse(self._client.audio)

    @cached_property
    def batches(self) -> BatchesWithRawResponse:
        from .resources.batches import BatchesWithRawResponse

        return BatchesWithRawResponse(self._client.batches)

    @cached_property
    def beta(self) -> BetaWithRawResponse:
        from .resources.beta.beta import BetaWithRawResponse

        return BetaWithRawResponse(self._client.beta)

    @cached_property
    def chat(self) -> ChatWithRawResponse:
        from .resources.chat.chat import ChatWithRawResponse

        return ChatWithRawResponse(self._client.chat)

    @cached_property
    def completions(self) -> CompletionsWithRawResponse:
        from .resources.completions import CompletionsWithRawResponse

        return CompletionsWithRawResponse(self._client.completions)

    @cached_property
    def containers(self) -> ContainersWithRawResponse:
        from .resources.containers.containers import ContainersWithRawResponse

        return ContainersWithRawResponse(self._client.containers)

    @cached_property
    def content_provenance_checks(self) -> ContentProvenanceChecksWithRawResponse:
        from .resources.content_provenance_checks import ContentProvenanceChecksWithRawResponse

        return ContentProvenanceChecksWithRawResponse(self._client.content_provenance_checks)

    @cached_property
    def conversations(self) -> ConversationsWithRawResponse:
        from .resources.conversations.conversations import ConversationsWithRawResponse

        return ConversationsWithRawResponse(self._client.conversations)

    @cached_property
    def embeddings(self) -> EmbeddingsWithRawResponse:
        from .resources.embeddings import EmbeddingsWithRawResponse

        return EmbeddingsWithRawResponse(self._client.embeddings)

    @cached_property
    def evals(self) -> EvalsWithRawResponse:
        from .resources.evals.evals import EvalsWithRawResponse

        return EvalsWithRawResponse(self._client.evals)

    @cached_property
    def files(self) -> FilesWithRawResponse:
        from .resources.files import FilesWithRawResponse

        return FilesWithRawResponse(self._client.files)

    @cached_property
    def fine_tuning(self) -> FineTuningWithRawResponse:
        from .resources.fine_tuning.fine_tuning import FineTuningWithRawResponse

        return FineTuningWithRawResponse(self._client.fine_tuning)

    @cached_property
    def images(self) -> ImagesWithRawResponse:
        from .resources.images import ImagesWithRawResponse

        return ImagesWithRawResponse(self._client.images)

    @cached_property
    def models(self) -> ModelsWithRawResponse:
        from .resources.models import ModelsWithRawResponse

        return ModelsWithRawResponse(self._client.models)

    @cached_property
    def moderations(self) -> ModerationsWithRawResponse:
        from .resources.moderations import ModerationsWithRawResponse

        return ModerationsWithRawResponse(self._client.moderations)

    @cached_property
    def realtime(self) -> RealtimeWithRawResponse:
        from .resources.realtime.realtime import RealtimeWithRawResponse

        return RealtimeWithRawResponse(self._client.realtime)

    @cached_property
    def responses(self) -> ResponsesWithRawResponse:
        from .resources.responses.responses import ResponsesWithRawResponse

        return ResponsesWithRawResponse(self._client.responses)

    @cached_property
    def skills(self) -> SkillsWithRawResponse:
        from .resources.skills.skills import SkillsWithRawResponse

        return SkillsWithRawResponse(self._client.skills)

    @cached_property
    def uploads(self) -> UploadsWithRawResponse:
        from .resources.uploads.uploads import UploadsWithRawResponse

        return UploadsWithRawResponse(self._client.uploads)

    @cached_property
    def vector_stores(self) -> VectorStoresWithRawResponse:
        from .resources.vector_stores.vector_stores import VectorStoresWithRawResponse

        return VectorStoresWithRawResponse(self._client.vector_stores)

    @cached_property
    def videos(self) -> VideosWithRawResponse:
        from .resources.videos import VideosWithRawResponse

        return VideosWithRawResponse(self._client.videos)

    @cached_property
    def webhooks(self) -> WebhooksWithRawResponse:
        from .resources.webhooks import WebhooksWithRawResponse

        return WebhooksWithRawResponse(self._client.webhooks)


class AsyncOpenAIWithRawResponse:
    """``AsyncOpenAI().with_raw_response``: every resource, with methods returning the response."""

    def __init__(self, client: AsyncResources) -> None:
        self._client = client

    @cached_property
    def admin(self) -> AsyncAdminWithRawResponse:
        from .resources.admin.admin import AsyncAdminWithRawResponse

        return AsyncAdminWithRawResponse(self._client.admin)

    @cached_property
    def audio(self) -> AsyncAudioWithRawResponse:
        from .resources.audio.audio import AsyncAudioWithRawResponse

        return AsyncAudioWithRawResponse(self._client.audio)

    @cached_property
    def batches(self) -> AsyncBatchesWithRawResponse:
        from .resources.batches import AsyncBatchesWithRawResponse

        return AsyncBatchesWithRawResponse(self._client.batches)

    @cached_property
    def beta(self) -> AsyncBetaWithRawResponse:
        from .resources.beta.beta import AsyncBetaWithRawResponse

        return AsyncBetaWithRawResponse(self._client.beta)

    @cached_property
    def chat(self) -> AsyncChatWithRawResponse:
        from .resources.chat.chat import AsyncChatWithRawResponse

        return AsyncChatWithRawResponse(self._client.chat)

    @cached_property
    def completions(self) -> AsyncCompletionsWithRawResponse:
        from .resources.completions import AsyncCompletionsWithRawResponse

        return AsyncCompletionsWithRawResponse(self._client.completions)

    @cached_property
    def containers(self) -> AsyncContainersWithRawResponse:
        from .resources.containers.containers import AsyncContainersWithRawResponse

        return AsyncContainersWithRawResponse(self._client.containers)

    @cached_property
    def content_provenance_checks(self) -> AsyncContentProvenanceChecksWithRawResponse:
        from .resources.content_provenance_checks import AsyncContentProvenanceChecksWithRawResponse

        return AsyncContentProvenanceChecksWithRawResponse(self._client.content_provenance_checks)

    @cached_property
    def conversations(self) -> AsyncConversationsWithRawResponse:
        from .resources.conversations.conversations import AsyncConversationsWithRawResponse

        return AsyncConversationsWithRawResponse(self._client.conversations)

    @cached_property
    def embeddings(self) -> AsyncEmbeddingsWithRawResponse:
        from .resources.embeddings import AsyncEmbeddingsWithRawResponse

        return AsyncEmbeddingsWithRawResponse(self._client.embeddings)

    @cached_property
    def evals(self) -> AsyncEvalsWithRawResponse:
        from .resources.evals.evals import AsyncEvalsWithRawResponse

        return AsyncEvalsWithRawResponse(self._client.evals)

    @cached_property
    def files(self) -> AsyncFilesWithRawResponse:
        from .resources.files import AsyncFilesWithRawResponse

        return AsyncFilesWithRawResponse(self._client.files)

    @cached_property
    def fine_tuning(self) -> AsyncFineTuningWithRawResponse:
        from .resources.fine_tuning.fine_tuning import AsyncFineTuningWithRawResponse

        return AsyncFineTuningWithRawResponse(self._client.fine_tuning)

    @cached_property
    def images(self) -> AsyncImagesWithRawResponse:
        from .resources.images import AsyncImagesWithRawResponse

        return AsyncImagesWithRawResponse(self._client.images)

    @cached_property
    def models(self) -> AsyncModelsWithRawResponse:
        from .resources.models import AsyncModelsWithRawResponse

        return AsyncModelsWithRawResponse(self._client.models)

    @cached_property
    def moderations(self) -> AsyncModerationsWithRawResponse:
        from .resources.moderations import AsyncModerationsWithRawResponse

        return AsyncModerationsWithRawResponse(self._client.moderations)

    @cached_property
    def realtime(self) -> AsyncRealtimeWithRawResponse:
        from .resources.realtime.realtime import AsyncRealtimeWithRawResponse

        return AsyncRealtimeWithRawResponse(self._client.realtime)

    @cached_property
    def responses(self) -> AsyncResponsesWithRawResponse:
        from .resources.responses.responses import AsyncResponsesWithRawResponse

        return AsyncResponsesWithRawResponse(self._client.responses)

    @cached_property
    def skills(self) -> AsyncSkillsWithRawResponse:
        from .resources.skills.skills import AsyncSkillsWithRawResponse

        return AsyncSkillsWithRawResponse(self._client.skills)

    @cached_property
    def uploads(self) -> AsyncUploadsWithRawResponse:
        from .resources.uploads.uploads import AsyncUploadsWithRawResponse

        return AsyncUploadsWithRawResponse(self._client.uploads)

    @cached_property
    def vector_stores(self) -> AsyncVectorStoresWithRawResponse:
        from .resources.vector_stores.vector_stores import AsyncVectorStoresWithRawResponse

        return AsyncVectorStoresWithRawResponse(self._client.vector_stores)

    @cached_property
    def videos(self) -> AsyncVideosWithRawResponse:
        from .resources.videos import AsyncVideosWithRawResponse

        return AsyncVideosWithRawResponse(self._client.videos)

    @cached_property
    def webhooks(self) -> AsyncWebhooksWithRawResponse:
        from .resources.webhooks import AsyncWebhooksWithRawResponse

        return AsyncWebhooksWithRawResponse(self._client.webhooks)


class OpenAIWithStreamedResponse:
    """``OpenAI().with_streaming_response``: every resource, with methods returning the response."""

    def __init__(self, client: SyncResources) -> None:
        self._client = client

    @cached_property
    def admin(self) -> AdminWithStreamingResponse:
        from .resources.admin.admin import AdminWithStreamingResponse

        return AdminWithStreamingResponse(self._client.admin)

    @cached_property
    def audio(self) -> AudioWithStreamingResponse:
        from .resources.audio.audio import AudioWithStreamingResponse

        return AudioWithStreamingResponse(self._client.audio)

    @cached_property
    def batches(self) -> BatchesWithStreamingResponse:
        from .resources.batches import BatchesWithStreamingResponse

        return BatchesWithStreamingResponse(self._client.batches)

    @cached_property
    def beta(self) -> BetaWithStreamingResponse:
        from .resources.beta.beta import BetaWithStreamingResponse

        return BetaWithStreamingResponse(self._client.beta)

    @cached_property
    def chat(self) -> ChatWithStreamingResponse:
        from .resources.chat.chat import ChatWithStreamingResponse

        return ChatWithStreamingResponse(self._client.chat)

    @cached_property
    def completions(self) -> CompletionsWithStreamingResponse:
        from .resources.completions import CompletionsWithStreamingResponse

        return CompletionsWithStreamingResponse(self._client.completions)

    @cached_property
    def containers(self) -> ContainersWithStreamingResponse:
        from .resources.containers.containers import ContainersWithStreamingResponse

        return ContainersWithStreamingResponse(self._client.containers)

    @cached_property
    def content_provenance_checks(self) -> ContentProvenanceChecksWithStreamingResponse:
        from .resources.content_provenance_checks import ContentProvenanceChecksWithStreamingResponse

        return ContentProvenanceChecksWithStreamingResponse(self._client.content_provenance_checks)

    @cached_property
    def conversations(self) -> ConversationsWithStreamingResponse:
        from .resources.conversations.conversations import ConversationsWithStreamingResponse

        return ConversationsWithStreamingResponse(self._client.conversations)

    @cached_property
    def embeddings(self) -> EmbeddingsWithStreamingResponse:
        from .resources.embeddings import EmbeddingsWithStreamingResponse

        return EmbeddingsWithStreamingResponse(self._client.embeddings)

    @cached_property
    def evals(self) -> EvalsWithStreamingResponse:
        from .resources.evals.evals import EvalsWithStreamingResponse

        return EvalsWithStreamingResponse(self._client.evals)

    @cached_property
    def files(self) -> FilesWithStreamingResponse:
        from .resources.files import FilesWithStreamingResponse

        return FilesWithStreamingResponse(self._client.files)

    @cached_property
    def fine_tuning(self) -> FineTuningWithStreamingResponse:
        from .resources.fine_tuning.fine_tuning import FineTuningWithStreamingResponse

        return FineTuningWithStreamingResponse(self._client.fine_tuning)

    @cached_property
    def images(self) -> ImagesWithStreamingResponse:
        from .resources.images import ImagesWithStreamingResponse

        return ImagesWithStreamingResponse(self._client.images)

    @cached_property
    def models(self) -> ModelsWithStreamingResponse:
        from .resources.models import ModelsWithStreamingResponse

        return ModelsWithStreamingResponse(self._client.models)

    @cached_property
    def moderations(self) -> ModerationsWithStreamingResponse:
        from .resources.moderations import ModerationsWithStreamingResponse

        return ModerationsWithStreamingResponse(self._client.moderations)

    @cached_property
    def realtime(self) -> RealtimeWithStreamingResponse:
        from .resources.realtime.realtime import RealtimeWithStreamingResponse

        return RealtimeWithStreamingResponse(self._client.realtime)

    @cached_property
    def responses(self) -> ResponsesWithStreamingResponse:
        from .resources.responses.responses import ResponsesWithStreamingResponse

        return ResponsesWithStreamingResponse(self._client.responses)

    @cached_property
    def skills(self) -> SkillsWithStreamingResponse:
        from .resources.skills.skills import SkillsWithStreamingResponse

        return SkillsWithStreamingResponse(self._client.skills)

    @cached_property
    def uploads(self) -> UploadsWithStreamingResponse:
        from .resources.uploads.uploads import UploadsWithStreamingResponse

        return UploadsWithStreamingResponse(self._client.uploads)

    @cached_property
    def vector_stores(self) -> VectorStoresWithStreamingResponse:
        from .resources.vector_stores.vector_stores import VectorStoresWithStreamingResponse

        return VectorStoresWithStreamingResponse(self._client.vector_stores)

    @cached_property
    def videos(self) -> VideosWithStreamingResponse:
        from .resources.videos import VideosWithStreamingResponse

        return VideosWithStreamingResponse(self._client.videos)

    @cached_property
    def webhooks(self) -> WebhooksWithStreamingResponse:
        from .resources.webhooks import WebhooksWithStreamingResponse

        return WebhooksWithStreamingResponse(self._client.webhooks)


class AsyncOpenAIWithStreamedResponse:
    """``AsyncOpenAI().with_streaming_response``: every resource, with methods returning the response."""

    def __init__(self, client: AsyncResources) -> None:
        self._client = client

    @cached_property
    def admin(self) -> AsyncAdminWithStreamingResponse:
        from .resources.admin.admin import AsyncAdminWithStreamingResponse

        return AsyncAdminWithStreamingResponse(self._client.admin)

    @cached_property
    def audio(self) -> AsyncAudioWithStreamingResponse:
        from .resources.audio.audio import AsyncAudioWithStreamingResponse

        return AsyncAudioWithStreamingResponse(self._client.audio)

    @cached_property
    def batches(self) -> AsyncBatchesWithStreamingResponse:
        from .resources.batches import AsyncBatchesWithStreamingResponse

        return AsyncBatchesWithStreamingResponse(self._client.batches)

    @cached_property
    def beta(self) -> AsyncBetaWithStreamingResponse:
        from .resources.beta.beta import AsyncBetaWithStreamingResponse

        return AsyncBetaWithStreamingResponse(self._client.beta)

    @cached_property
    def chat(self) -> AsyncChatWithStreamingResponse:
        from .resources.chat.chat import AsyncChatWithStreamingResponse

        return AsyncChatWithStreamingResponse(self._client.chat)

    @cached_property
    def completions(self) -> AsyncCompletionsWithStreamingResponse:
        from .resources.completions import AsyncCompletionsWithStreamingResponse

        return AsyncCompletionsWithStreamingResponse(self._client.completions)

    @cached_property
    def containers(self) -> AsyncContainersWithStreamingResponse:
        from .resources.containers.containers import AsyncContainersWithStreamingResponse

        return AsyncContainersWithStreamingResponse(self._client.containers)

    @cached_property
    def content_provenance_checks(self) -> AsyncContentProvenanceChecksWithStreamingResponse:
        from .resources.content_provenance_checks import AsyncContentProvenanceChecksWithStreamingResponse

        return AsyncContentProvenanceChecksWithStreamingResponse(self._client.content_provenance_checks)

    @cached_property
    def conversations(self) -> AsyncConversationsWithStreamingResponse:
        from .resources.conversations.conversations import AsyncConversationsWithStreamingResponse

        return AsyncConversationsWithStreamingResponse(self._client.conversations)

    @cached_property
    def embeddings(self) -> AsyncEmbeddingsWithStreamingResponse:
        from .resources.embeddings import AsyncEmbeddingsWithStreamingResponse

        return AsyncEmbeddingsWithStreamingResponse(self._client.embeddings)

    @cached_property
    def evals(self) -> AsyncEvalsWithStreamingResponse:
        from .resources.evals.evals import AsyncEvalsWithStreamingResponse

        return AsyncEvalsWithStreamingResponse(self._client.evals)

    @cached_property
    def files(self) -> AsyncFilesWithStreamingResponse:
        from .resources.files import AsyncFilesWithStreamingResponse

        return AsyncFilesWithStreamingResponse(self._client.files)

    @cached_property
    def fine_tuning(self) -> AsyncFineTuningWithStreamingResponse:
        from .resources.fine_tuning.fine_tuning import AsyncFineTuningWithStreamingResponse

        return AsyncFineTuningWithStreamingResponse(self._client.fine_tuning)

    @cached_property
    def images(self) -> AsyncImagesWithStreamingResponse:
        from .resources.images import AsyncImagesWithStreamingResponse

        return AsyncImagesWithStreamingResponse(self._client.images)

    @cached_property
    def models(self) -> AsyncModelsWithStreamingResponse:
        from .resources.models import AsyncModelsWithStreamingResponse

        return AsyncModelsWithStreamingResponse(self._client.models)

    @cached_property
    def moderations(self) -> AsyncModerationsWithStreamingResponse:
        from .resources.moderations import AsyncModerationsWithStreamingResponse

        return AsyncModerationsWithStreamingResponse(self._client.moderations)

    @cached_property
    def realtime(self) -> AsyncRealtimeWithStreamingResponse:
        from .resources.realtime.realtime import AsyncRealtimeWithStreamingResponse

        return AsyncRealtimeWithStreamingResponse(self._client.realtime)

    @cached_property
    def responses(self) -> AsyncResponsesWithStreamingResponse:
        from .resources.responses.responses import AsyncResponsesWithStreamingResponse

        return AsyncResponsesWithStreamingResponse(self._client.responses)

    @cached_property
    def skills(self) -> AsyncSkillsWithStreamingResponse:
        from .resources.skills.skills import AsyncSkillsWithStreamingResponse

        return AsyncSkillsWithStreamingResponse(self._client.skills)

    @cached_property
    def uploads(self) -> AsyncUploadsWithStreamingResponse:
        from .resources.uploads.uploads import AsyncUploadsWithStreamingResponse

        return AsyncUploadsWithStreamingResponse(self._client.uploads)

    @cached_property
    def vector_stores(self) -> AsyncVectorStoresWithStreamingResponse:
        from .resources.vector_stores.vector_stores import AsyncVectorStoresWithStreamingResponse

        return AsyncVectorStoresWithStreamingResponse(self._client.vector_stores)

    @cached_property
    def videos(self) -> AsyncVideosWithStreamingResponse:
        from .resources.videos import AsyncVideosWithStreamingResponse

        return AsyncVideosWithStreamingResponse(self._client.videos)

    @cached_property
    def webhooks(self) -> AsyncWebhooksWithStreamingResponse:
        from .resources.webhooks import AsyncWebhooksWithStreamingResponse

        return AsyncWebhooksWithStreamingResponse(self._client.webhooks)
