# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

"""The lazy resource tree of the clients: resources are imported on first access."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from ._async.api_client import AsyncAPIClient
    from ._sync.api_client import SyncAPIClient
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
    from .resources.responses.responses import (
        AsyncResponses,
        AsyncResponsesWithRawResponse,
        AsyncResponsesWithStreamingResponse,
        Responses,
        ResponsesWithRawResponse,
        ResponsesWithStreamingResponse,
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
    def audio(self) -> Audio:
        from .resources.audio.audio import Audio

        return Audio(cast("SyncAPIClient", self))

    @cached_property
    def batches(self) -> Batches:
        from .resources.batches import Batches

        return Batches(cast("SyncAPIClient", self))

    @cached_property
    def chat(self) -> Chat:
        from .resources.chat.chat import Chat

        return Chat(cast("SyncAPIClient", self))

    @cached_property
    def completions(self) -> Completions:
        from .resources.completions import Completions

        return Completions(cast("SyncAPIClient", self))

    @cached_property
    def conversations(self) -> Conversations:
        from .resources.conversations.conversations import Conversations

        return Conversations(cast("SyncAPIClient", self))

    @cached_property
    def embeddings(self) -> Embeddings:
        from .resources.embeddings import Embeddings

        return Embeddings(cast("SyncAPIClient", self))

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
    def responses(self) -> Responses:
        from .resources.responses.responses import Responses

        return Responses(cast("SyncAPIClient", self))

    @cached_property
    def uploads(self) -> Uploads:
        from .resources.uploads.uploads import Uploads

        return Uploads(cast("SyncAPIClient", self))

    @cached_property
    def vector_stores(self) -> VectorStores:
        from .resources.vector_stores.vector_stores import VectorStores

        return VectorStores(cast("SyncAPIClient", self))

    @cached_property
    def webhooks(self) -> Webhooks:
        from .resources.webhooks import Webhooks

        return Webhooks(cast("SyncAPIClient", self))


class AsyncResources:
    """The resources of ``AsyncOpenAI``."""

    @cached_property
    def audio(self) -> AsyncAudio:
        from .resources.audio.audio import AsyncAudio

        return AsyncAudio(cast("AsyncAPIClient", self))

    @cached_property
    def batches(self) -> AsyncBatches:
        from .resources.batches import AsyncBatches

        return AsyncBatches(cast("AsyncAPIClient", self))

    @cached_property
    def chat(self) -> AsyncChat:
        from .resources.chat.chat import AsyncChat

        return AsyncChat(cast("AsyncAPIClient", self))

    @cached_property
    def completions(self) -> AsyncCompletions:
        from .resources.completions import AsyncCompletions

        return AsyncCompletions(cast("AsyncAPIClient", self))

    @cached_property
    def conversations(self) -> AsyncConversations:
        from .resources.conversations.conversations import AsyncConversations

        return AsyncConversations(cast("AsyncAPIClient", self))

    @cached_property
    def embeddings(self) -> AsyncEmbeddings:
        from .resources.embeddings import AsyncEmbeddings

        return AsyncEmbeddings(cast("AsyncAPIClient", self))

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
    def responses(self) -> AsyncResponses:
        from .resources.responses.responses import AsyncResponses

        return AsyncResponses(cast("AsyncAPIClient", self))

    @cached_property
    def uploads(self) -> AsyncUploads:
        from .resources.uploads.uploads import AsyncUploads

        return AsyncUploads(cast("AsyncAPIClient", self))

    @cached_property
    def vector_stores(self) -> AsyncVectorStores:
        from .resources.vector_stores.vector_stores import AsyncVectorStores

        return AsyncVectorStores(cast("AsyncAPIClient", self))

    @cached_property
    def webhooks(self) -> AsyncWebhooks:
        from .resources.webhooks import AsyncWebhooks

        return AsyncWebhooks(cast("AsyncAPIClient", self))


class OpenAIWithRawResponse:
    """``OpenAI().with_raw_response``: every resource, with methods returning the response."""

    def __init__(self, client: SyncResources) -> None:
        self._client = client

    @cached_property
    def audio(self) -> AudioWithRawResponse:
        from .resources.audio.audio import AudioWithRawResponse

        return AudioWithRawResponse(self._client.audio)

    @cached_property
    def batches(self) -> BatchesWithRawResponse:
        from .resources.batches import BatchesWithRawResponse

        return BatchesWithRawResponse(self._client.batches)

    @cached_property
    def chat(self) -> ChatWithRawResponse:
        from .resources.chat.chat import ChatWithRawResponse

        return ChatWithRawResponse(self._client.chat)

    @cached_property
    def completions(self) -> CompletionsWithRawResponse:
        from .resources.completions import CompletionsWithRawResponse

        return CompletionsWithRawResponse(self._client.completions)

    @cached_property
    def conversations(self) -> ConversationsWithRawResponse:
        from .resources.conversations.conversations import ConversationsWithRawResponse

        return ConversationsWithRawResponse(self._client.conversations)

    @cached_property
    def embeddings(self) -> EmbeddingsWithRawResponse:
        from .resources.embeddings import EmbeddingsWithRawResponse

        return EmbeddingsWithRawResponse(self._client.embeddings)

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
    def responses(self) -> ResponsesWithRawResponse:
        from .resources.responses.responses import ResponsesWithRawResponse

        return ResponsesWithRawResponse(self._client.responses)

    @cached_property
    def uploads(self) -> UploadsWithRawResponse:
        from .resources.uploads.uploads import UploadsWithRawResponse

        return UploadsWithRawResponse(self._client.uploads)

    @cached_property
    def vector_stores(self) -> VectorStoresWithRawResponse:
        from .resources.vector_stores.vector_stores import VectorStoresWithRawResponse

        return VectorStoresWithRawResponse(self._client.vector_stores)

    @cached_property
    def webhooks(self) -> WebhooksWithRawResponse:
        from .resources.webhooks import WebhooksWithRawResponse

        return WebhooksWithRawResponse(self._client.webhooks)


class AsyncOpenAIWithRawResponse:
    """``AsyncOpenAI().with_raw_response``: every resource, with methods returning the response."""

    def __init__(self, client: AsyncResources) -> None:
        self._client = client

    @cached_property
    def audio(self) -> AsyncAudioWithRawResponse:
        from .resources.audio.audio import AsyncAudioWithRawResponse

        return AsyncAudioWithRawResponse(self._client.audio)

    @cached_property
    def batches(self) -> AsyncBatchesWithRawResponse:
        from .resources.batches import AsyncBatchesWithRawResponse

        return AsyncBatchesWithRawResponse(self._client.batches)

    @cached_property
    def chat(self) -> AsyncChatWithRawResponse:
        from .resources.chat.chat import AsyncChatWithRawResponse

        return AsyncChatWithRawResponse(self._client.chat)

    @cached_property
    def completions(self) -> AsyncCompletionsWithRawResponse:
        from .resources.completions import AsyncCompletionsWithRawResponse

        return AsyncCompletionsWithRawResponse(self._client.completions)

    @cached_property
    def conversations(self) -> AsyncConversationsWithRawResponse:
        from .resources.conversations.conversations import AsyncConversationsWithRawResponse

        return AsyncConversationsWithRawResponse(self._client.conversations)

    @cached_property
    def embeddings(self) -> AsyncEmbeddingsWithRawResponse:
        from .resources.embeddings import AsyncEmbeddingsWithRawResponse

        return AsyncEmbeddingsWithRawResponse(self._client.embeddings)

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
    def responses(self) -> AsyncResponsesWithRawResponse:
        from .resources.responses.responses import AsyncResponsesWithRawResponse

        return AsyncResponsesWithRawResponse(self._client.responses)

    @cached_property
    def uploads(self) -> AsyncUploadsWithRawResponse:
        from .resources.uploads.uploads import AsyncUploadsWithRawResponse

        return AsyncUploadsWithRawResponse(self._client.uploads)

    @cached_property
    def vector_stores(self) -> AsyncVectorStoresWithRawResponse:
        from .resources.vector_stores.vector_stores import AsyncVectorStoresWithRawResponse

        return AsyncVectorStoresWithRawResponse(self._client.vector_stores)

    @cached_property
    def webhooks(self) -> AsyncWebhooksWithRawResponse:
        from .resources.webhooks import AsyncWebhooksWithRawResponse

        return AsyncWebhooksWithRawResponse(self._client.webhooks)


class OpenAIWithStreamedResponse:
    """``OpenAI().with_streaming_response``: every resource, with methods returning the response."""

    def __init__(self, client: SyncResources) -> None:
        self._client = client

    @cached_property
    def audio(self) -> AudioWithStreamingResponse:
        from .resources.audio.audio import AudioWithStreamingResponse

        return AudioWithStreamingResponse(self._client.audio)

    @cached_property
    def batches(self) -> BatchesWithStreamingResponse:
        from .resources.batches import BatchesWithStreamingResponse

        return BatchesWithStreamingResponse(self._client.batches)

    @cached_property
    def chat(self) -> ChatWithStreamingResponse:
        from .resources.chat.chat import ChatWithStreamingResponse

        return ChatWithStreamingResponse(self._client.chat)

    @cached_property
    def completions(self) -> CompletionsWithStreamingResponse:
        from .resources.completions import CompletionsWithStreamingResponse

        return CompletionsWithStreamingResponse(self._client.completions)

    @cached_property
    def conversations(self) -> ConversationsWithStreamingResponse:
        from .resources.conversations.conversations import ConversationsWithStreamingResponse

        return ConversationsWithStreamingResponse(self._client.conversations)

    @cached_property
    def embeddings(self) -> EmbeddingsWithStreamingResponse:
        from .resources.embeddings import EmbeddingsWithStreamingResponse

        return EmbeddingsWithStreamingResponse(self._client.embeddings)

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
    def responses(self) -> ResponsesWithStreamingResponse:
        from .resources.responses.responses import ResponsesWithStreamingResponse

        return ResponsesWithStreamingResponse(self._client.responses)

    @cached_property
    def uploads(self) -> UploadsWithStreamingResponse:
        from .resources.uploads.uploads import UploadsWithStreamingResponse

        return UploadsWithStreamingResponse(self._client.uploads)

    @cached_property
    def vector_stores(self) -> VectorStoresWithStreamingResponse:
        from .resources.vector_stores.vector_stores import VectorStoresWithStreamingResponse

        return VectorStoresWithStreamingResponse(self._client.vector_stores)

    @cached_property
    def webhooks(self) -> WebhooksWithStreamingResponse:
        from .resources.webhooks import WebhooksWithStreamingResponse

        return WebhooksWithStreamingResponse(self._client.webhooks)


class AsyncOpenAIWithStreamedResponse:
    """``AsyncOpenAI().with_streaming_response``: every resource, with methods returning the response."""

    def __init__(self, client: AsyncResources) -> None:
        self._client = client

    @cached_property
    def audio(self) -> AsyncAudioWithStreamingResponse:
        from .resources.audio.audio import AsyncAudioWithStreamingResponse

        return AsyncAudioWithStreamingResponse(self._client.audio)

    @cached_property
    def batches(self) -> AsyncBatchesWithStreamingResponse:
        from .resources.batches import AsyncBatchesWithStreamingResponse

        return AsyncBatchesWithStreamingResponse(self._client.batches)

    @cached_property
    def chat(self) -> AsyncChatWithStreamingResponse:
        from .resources.chat.chat import AsyncChatWithStreamingResponse

        return AsyncChatWithStreamingResponse(self._client.chat)

    @cached_property
    def completions(self) -> AsyncCompletionsWithStreamingResponse:
        from .resources.completions import AsyncCompletionsWithStreamingResponse

        return AsyncCompletionsWithStreamingResponse(self._client.completions)

    @cached_property
    def conversations(self) -> AsyncConversationsWithStreamingResponse:
        from .resources.conversations.conversations import AsyncConversationsWithStreamingResponse

        return AsyncConversationsWithStreamingResponse(self._client.conversations)

    @cached_property
    def embeddings(self) -> AsyncEmbeddingsWithStreamingResponse:
        from .resources.embeddings import AsyncEmbeddingsWithStreamingResponse

        return AsyncEmbeddingsWithStreamingResponse(self._client.embeddings)

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
    def responses(self) -> AsyncResponsesWithStreamingResponse:
        from .resources.responses.responses import AsyncResponsesWithStreamingResponse

        return AsyncResponsesWithStreamingResponse(self._client.responses)

    @cached_property
    def uploads(self) -> AsyncUploadsWithStreamingResponse:
        from .resources.uploads.uploads import AsyncUploadsWithStreamingResponse

        return AsyncUploadsWithStreamingResponse(self._client.uploads)

    @cached_property
    def vector_stores(self) -> AsyncVectorStoresWithStreamingResponse:
        from .resources.vector_stores.vector_stores import AsyncVectorStoresWithStreamingResponse

        return AsyncVectorStoresWithStreamingResponse(self._client.vector_stores)

    @cached_property
    def webhooks(self) -> AsyncWebhooksWithStreamingResponse:
        from .resources.webhooks import AsyncWebhooksWithStreamingResponse

        return AsyncWebhooksWithStreamingResponse(self._client.webhooks)
