# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .fine_tuning.alpha.alpha import Alpha as Alpha
    from .fine_tuning.alpha.alpha import AlphaWithRawResponse as AlphaWithRawResponse
    from .fine_tuning.alpha.alpha import AlphaWithStreamingResponse as AlphaWithStreamingResponse
    from .fine_tuning.alpha.alpha import AsyncAlpha as AsyncAlpha
    from .fine_tuning.alpha.alpha import AsyncAlphaWithRawResponse as AsyncAlphaWithRawResponse
    from .fine_tuning.alpha.alpha import AsyncAlphaWithStreamingResponse as AsyncAlphaWithStreamingResponse
    from .audio.audio import AsyncAudio as AsyncAudio
    from .audio.audio import AsyncAudioWithRawResponse as AsyncAudioWithRawResponse
    from .audio.audio import AsyncAudioWithStreamingResponse as AsyncAudioWithStreamingResponse
    from .batches import AsyncBatches as AsyncBatches
    from .batches import AsyncBatchesWithRawResponse as AsyncBatchesWithRawResponse
    from .batches import AsyncBatchesWithStreamingResponse as AsyncBatchesWithStreamingResponse
    from .chat.chat import AsyncChat as AsyncChat
    from .chat.chat import AsyncChatWithRawResponse as AsyncChatWithRawResponse
    from .chat.chat import AsyncChatWithStreamingResponse as AsyncChatWithStreamingResponse
    from .fine_tuning.jobs.checkpoints import AsyncCheckpoints as AsyncCheckpoints
    from .fine_tuning.jobs.checkpoints import AsyncCheckpointsWithRawResponse as AsyncCheckpointsWithRawResponse
    from .fine_tuning.jobs.checkpoints import (
        AsyncCheckpointsWithStreamingResponse as AsyncCheckpointsWithStreamingResponse,
    )
    from .completions import AsyncCompletions as AsyncCompletions
    from .completions import AsyncCompletionsWithRawResponse as AsyncCompletionsWithRawResponse
    from .completions import AsyncCompletionsWithStreamingResponse as AsyncCompletionsWithStreamingResponse
    from .conversations.conversations import AsyncConversations as AsyncConversations
    from .conversations.conversations import AsyncConversationsWithRawResponse as AsyncConversationsWithRawResponse
    from .conversations.conversations import (
        AsyncConversationsWithStreamingResponse as AsyncConversationsWithStreamingResponse,
    )
    from .embeddings import AsyncEmbeddings as AsyncEmbeddings
    from .embeddings import AsyncEmbeddingsWithRawResponse as AsyncEmbeddingsWithRawResponse
    from .embeddings import AsyncEmbeddingsWithStreamingResponse as AsyncEmbeddingsWithStreamingResponse
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
    from .images import AsyncImages as AsyncImages
    from .images import AsyncImagesWithRawResponse as AsyncImagesWithRawResponse
    from .images import AsyncImagesWithStreamingResponse as AsyncImagesWithStreamingResponse
    from .responses.input_items import AsyncInputItems as AsyncInputItems
    from .responses.input_items import AsyncInputItemsWithRawResponse as AsyncInputItemsWithRawResponse
    from .responses.input_items import AsyncInputItemsWithStreamingResponse as AsyncInputItemsWithStreamingResponse
    from .responses.input_tokens import AsyncInputTokens as AsyncInputTokens
    from .responses.input_tokens import AsyncInputTokensWithRawResponse as AsyncInputTokensWithRawResponse
    from .responses.input_tokens import AsyncInputTokensWithStreamingResponse as AsyncInputTokensWithStreamingResponse
    from .conversations.items import AsyncItems as AsyncItems
    from .conversations.items import AsyncItemsWithRawResponse as AsyncItemsWithRawResponse
    from .conversations.items import AsyncItemsWithStreamingResponse as AsyncItemsWithStreamingResponse
    from .fine_tuning.jobs.jobs import AsyncJobs as AsyncJobs
    from .fine_tuning.jobs.jobs import AsyncJobsWithRawResponse as AsyncJobsWithRawResponse
    from .fine_tuning.jobs.jobs import AsyncJobsWithStreamingResponse as AsyncJobsWithStreamingResponse
    from .chat.completions.messages import AsyncMessages as AsyncMessages
    from .chat.completions.messages import AsyncMessagesWithRawResponse as AsyncMessagesWithRawResponse
    from .chat.completions.messages import AsyncMessagesWithStreamingResponse as AsyncMessagesWithStreamingResponse
    from .models import AsyncModels as AsyncModels
    from .models import AsyncModelsWithRawResponse as AsyncModelsWithRawResponse
    from .models import AsyncModelsWithStreamingResponse as AsyncModelsWithStreamingResponse
    from .moderations import AsyncModerations as AsyncModerations
    from .moderations import AsyncModerationsWithRawResponse as AsyncModerationsWithRawResponse
    from .moderations import AsyncModerationsWithStreamingResponse as AsyncModerationsWithStreamingResponse
    from .uploads.parts import AsyncParts as AsyncParts
    from .uploads.parts import AsyncPartsWithRawResponse as AsyncPartsWithRawResponse
    from .uploads.parts import AsyncPartsWithStreamingResponse as AsyncPartsWithStreamingResponse
    from .fine_tuning.checkpoints.permissions import AsyncPermissions as AsyncPermissions
    from .fine_tuning.checkpoints.permissions import AsyncPermissionsWithRawResponse as AsyncPermissionsWithRawResponse
    from .fine_tuning.checkpoints.permissions import (
        AsyncPermissionsWithStreamingResponse as AsyncPermissionsWithStreamingResponse,
    )
    from .responses.responses import AsyncResponses as AsyncResponses
    from .responses.responses import AsyncResponsesWithRawResponse as AsyncResponsesWithRawResponse
    from .responses.responses import AsyncResponsesWithStreamingResponse as AsyncResponsesWithStreamingResponse
    from .audio.speech import AsyncSpeech as AsyncSpeech
    from .audio.speech import AsyncSpeechWithRawResponse as AsyncSpeechWithRawResponse
    from .audio.speech import AsyncSpeechWithStreamingResponse as AsyncSpeechWithStreamingResponse
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
    from .vector_stores.vector_stores import AsyncVectorStores as AsyncVectorStores
    from .vector_stores.vector_stores import AsyncVectorStoresWithRawResponse as AsyncVectorStoresWithRawResponse
    from .vector_stores.vector_stores import (
        AsyncVectorStoresWithStreamingResponse as AsyncVectorStoresWithStreamingResponse,
    )
    from .webhooks import AsyncWebhooks as AsyncWebhooks
    from .webhooks import AsyncWebhooksWithRawResponse as AsyncWebhooksWithRawResponse
    from .webhooks import AsyncWebhooksWithStreamingResponse as AsyncWebhooksWithStreamingResponse
    from .audio.audio import Audio as Audio
    from .audio.audio import AudioWithRawResponse as AudioWithRawResponse
    from .audio.audio import AudioWithStreamingResponse as AudioWithStreamingResponse
    from .batches import Batches as Batches
    from .batches import BatchesWithRawResponse as BatchesWithRawResponse
    from .batches import BatchesWithStreamingResponse as BatchesWithStreamingResponse
    from .chat.chat import Chat as Chat
    from .chat.chat import ChatWithRawResponse as ChatWithRawResponse
    from .chat.chat import ChatWithStreamingResponse as ChatWithStreamingResponse
    from .fine_tuning.jobs.checkpoints import Checkpoints as Checkpoints
    from .fine_tuning.jobs.checkpoints import CheckpointsWithRawResponse as CheckpointsWithRawResponse
    from .fine_tuning.jobs.checkpoints import CheckpointsWithStreamingResponse as CheckpointsWithStreamingResponse
    from .completions import Completions as Completions
    from .completions import CompletionsWithRawResponse as CompletionsWithRawResponse
    from .completions import CompletionsWithStreamingResponse as CompletionsWithStreamingResponse
    from .conversations.conversations import Conversations as Conversations
    from .conversations.conversations import ConversationsWithRawResponse as ConversationsWithRawResponse
    from .conversations.conversations import ConversationsWithStreamingResponse as ConversationsWithStreamingResponse
    from .embeddings import Embeddings as Embeddings
    from .embeddings import EmbeddingsWithRawResponse as EmbeddingsWithRawResponse
    from .embeddings import EmbeddingsWithStreamingResponse as EmbeddingsWithStreamingResponse
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
    from .images import Images as Images
    from .images import ImagesWithRawResponse as ImagesWithRawResponse
    from .images import ImagesWithStreamingResponse as ImagesWithStreamingResponse
    from .responses.input_items import InputItems as InputItems
    from .responses.input_items import InputItemsWithRawResponse as InputItemsWithRawResponse
    from .responses.input_items import InputItemsWithStreamingResponse as InputItemsWithStreamingResponse
    from .responses.input_tokens import InputTokens as InputTokens
    from .responses.input_tokens import InputTokensWithRawResponse as InputTokensWithRawResponse
    from .responses.input_tokens import InputTokensWithStreamingResponse as InputTokensWithStreamingResponse
    from .conversations.items import Items as Items
    from .conversations.items import ItemsWithRawResponse as ItemsWithRawResponse
    from .conversations.items import ItemsWithStreamingResponse as ItemsWithStreamingResponse
    from .fine_tuning.jobs.jobs import Jobs as Jobs
    from .fine_tuning.jobs.jobs import JobsWithRawResponse as JobsWithRawResponse
    from .fine_tuning.jobs.jobs import JobsWithStreamingResponse as JobsWithStreamingResponse
    from .chat.completions.messages import Messages as Messages
    from .chat.completions.messages import MessagesWithRawResponse as MessagesWithRawResponse
    from .chat.completions.messages import MessagesWithStreamingResponse as MessagesWithStreamingResponse
    from .models import Models as Models
    from .models import ModelsWithRawResponse as ModelsWithRawResponse
    from .models import ModelsWithStreamingResponse as ModelsWithStreamingResponse
    from .moderations import Moderations as Moderations
    from .moderations import ModerationsWithRawResponse as ModerationsWithRawResponse
    from .moderations import ModerationsWithStreamingResponse as ModerationsWithStreamingResponse
    from .uploads.parts import Parts as Parts
    from .uploads.parts import PartsWithRawResponse as PartsWithRawResponse
    from .uploads.parts import PartsWithStreamingResponse as PartsWithStreamingResponse
    from .fine_tuning.checkpoints.permissions import Permissions as Permissions
    from .fine_tuning.checkpoints.permissions import PermissionsWithRawResponse as PermissionsWithRawResponse
    from .fine_tuning.checkpoints.permissions import (
        PermissionsWithStreamingResponse as PermissionsWithStreamingResponse,
    )
    from .responses.responses import Responses as Responses
    from .responses.responses import ResponsesWithRawResponse as ResponsesWithRawResponse
    from .responses.responses import ResponsesWithStreamingResponse as ResponsesWithStreamingResponse
    from .audio.speech import Speech as Speech
    from .audio.speech import SpeechWithRawResponse as SpeechWithRawResponse
    from .audio.speech import SpeechWithStreamingResponse as SpeechWithStreamingResponse
    from .audio.transcriptions import Transcriptions as Transcriptions
    from .audio.transcriptions import TranscriptionsWithRawResponse as TranscriptionsWithRawResponse
    from .audio.transcriptions import TranscriptionsWithStreamingResponse as TranscriptionsWithStreamingResponse
    from .audio.translations import Translations as Translations
    from .audio.translations import TranslationsWithRawResponse as TranslationsWithRawResponse
    from .audio.translations import TranslationsWithStreamingResponse as TranslationsWithStreamingResponse
    from .uploads.uploads import Uploads as Uploads
    from .uploads.uploads import UploadsWithRawResponse as UploadsWithRawResponse
    from .uploads.uploads import UploadsWithStreamingResponse as UploadsWithStreamingResponse
    from .vector_stores.vector_stores import VectorStores as VectorStores
    from .vector_stores.vector_stores import VectorStoresWithRawResponse as VectorStoresWithRawResponse
    from .vector_stores.vector_stores import VectorStoresWithStreamingResponse as VectorStoresWithStreamingResponse
    from .webhooks import Webhooks as Webhooks
    from .webhooks import WebhooksWithRawResponse as WebhooksWithRawResponse
    from .webhooks import WebhooksWithStreamingResponse as WebhooksWithStreamingResponse

__all__ = [
    "Alpha",
    "AlphaWithRawResponse",
    "AlphaWithStreamingResponse",
    "AsyncAlpha",
    "AsyncAlphaWithRawResponse",
    "AsyncAlphaWithStreamingResponse",
    "AsyncAudio",
    "AsyncAudioWithRawResponse",
    "AsyncAudioWithStreamingResponse",
    "AsyncBatches",
    "AsyncBatchesWithRawResponse",
    "AsyncBatchesWithStreamingResponse",
    "AsyncChat",
    "AsyncChatWithRawResponse",
    "AsyncChatWithStreamingResponse",
    "AsyncCheckpoints",
    "AsyncCheckpointsWithRawResponse",
    "AsyncCheckpointsWithStreamingResponse",
    "AsyncCompletions",
    "AsyncCompletionsWithRawResponse",
    "AsyncCompletionsWithStreamingResponse",
    "AsyncConversations",
    "AsyncConversationsWithRawResponse",
    "AsyncConversationsWithStreamingResponse",
    "AsyncEmbeddings",
    "AsyncEmbeddingsWithRawResponse",
    "AsyncEmbeddingsWithStreamingResponse",
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
    "AsyncImages",
    "AsyncImagesWithRawResponse",
    "AsyncImagesWithStreamingResponse",
    "AsyncInputItems",
    "AsyncInputItemsWithRawResponse",
    "AsyncInputItemsWithStreamingResponse",
    "AsyncInputTokens",
    "AsyncInputTokensWithRawResponse",
    "AsyncInputTokensWithStreamingResponse",
    "AsyncItems",
    "AsyncItemsWithRawResponse",
    "AsyncItemsWithStreamingResponse",
    "AsyncJobs",
    "AsyncJobsWithRawResponse",
    "AsyncJobsWithStreamingResponse",
    "AsyncMessages",
    "AsyncMessagesWithRawResponse",
    "AsyncMessagesWithStreamingResponse",
    "AsyncModels",
    "AsyncModelsWithRawResponse",
    "AsyncModelsWithStreamingResponse",
    "AsyncModerations",
    "AsyncModerationsWithRawResponse",
    "AsyncModerationsWithStreamingResponse",
    "AsyncParts",
    "AsyncPartsWithRawResponse",
    "AsyncPartsWithStreamingResponse",
    "AsyncPermissions",
    "AsyncPermissionsWithRawResponse",
    "AsyncPermissionsWithStreamingResponse",
    "AsyncResponses",
    "AsyncResponsesWithRawResponse",
    "AsyncResponsesWithStreamingResponse",
    "AsyncSpeech",
    "AsyncSpeechWithRawResponse",
    "AsyncSpeechWithStreamingResponse",
    "AsyncTranscriptions",
    "AsyncTranscriptionsWithRawResponse",
    "AsyncTranscriptionsWithStreamingResponse",
    "AsyncTranslations",
    "AsyncTranslationsWithRawResponse",
    "AsyncTranslationsWithStreamingResponse",
    "AsyncUploads",
    "AsyncUploadsWithRawResponse",
    "AsyncUploadsWithStreamingResponse",
    "AsyncVectorStores",
    "AsyncVectorStoresWithRawResponse",
    "AsyncVectorStoresWithStreamingResponse",
    "AsyncWebhooks",
    "AsyncWebhooksWithRawResponse",
    "AsyncWebhooksWithStreamingResponse",
    "Audio",
    "AudioWithRawResponse",
    "AudioWithStreamingResponse",
    "Batches",
    "BatchesWithRawResponse",
    "BatchesWithStreamingResponse",
    "Chat",
    "ChatWithRawResponse",
    "ChatWithStreamingResponse",
    "Checkpoints",
    "CheckpointsWithRawResponse",
    "CheckpointsWithStreamingResponse",
    "Completions",
    "CompletionsWithRawResponse",
    "CompletionsWithStreamingResponse",
    "Conversations",
    "ConversationsWithRawResponse",
    "ConversationsWithStreamingResponse",
    "Embeddings",
    "EmbeddingsWithRawResponse",
    "EmbeddingsWithStreamingResponse",
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
    "Images",
    "ImagesWithRawResponse",
    "ImagesWithStreamingResponse",
    "InputItems",
    "InputItemsWithRawResponse",
    "InputItemsWithStreamingResponse",
    "InputTokens",
    "InputTokensWithRawResponse",
    "InputTokensWithStreamingResponse",
    "Items",
    "ItemsWithRawResponse",
    "ItemsWithStreamingResponse",
    "Jobs",
    "JobsWithRawResponse",
    "JobsWithStreamingResponse",
    "Messages",
    "MessagesWithRawResponse",
    "MessagesWithStreamingResponse",
    "Models",
    "ModelsWithRawResponse",
    "ModelsWithStreamingResponse",
    "Moderations",
    "ModerationsWithRawResponse",
    "ModerationsWithStreamingResponse",
    "Parts",
    "PartsWithRawResponse",
    "PartsWithStreamingResponse",
    "Permissions",
    "PermissionsWithRawResponse",
    "PermissionsWithStreamingResponse",
    "Responses",
    "ResponsesWithRawResponse",
    "ResponsesWithStreamingResponse",
    "Speech",
    "SpeechWithRawResponse",
    "SpeechWithStreamingResponse",
    "Transcriptions",
    "TranscriptionsWithRawResponse",
    "TranscriptionsWithStreamingResponse",
    "Translations",
    "TranslationsWithRawResponse",
    "TranslationsWithStreamingResponse",
    "Uploads",
    "UploadsWithRawResponse",
    "UploadsWithStreamingResponse",
    "VectorStores",
    "VectorStoresWithRawResponse",
    "VectorStoresWithStreamingResponse",
    "Webhooks",
    "WebhooksWithRawResponse",
    "WebhooksWithStreamingResponse",
]

_EXPORTS = {
    "Alpha": ".fine_tuning.alpha.alpha",
    "AlphaWithRawResponse": ".fine_tuning.alpha.alpha",
    "AlphaWithStreamingResponse": ".fine_tuning.alpha.alpha",
    "AsyncAlpha": ".fine_tuning.alpha.alpha",
    "AsyncAlphaWithRawResponse": ".fine_tuning.alpha.alpha",
    "AsyncAlphaWithStreamingResponse": ".fine_tuning.alpha.alpha",
    "AsyncAudio": ".audio.audio",
    "AsyncAudioWithRawResponse": ".audio.audio",
    "AsyncAudioWithStreamingResponse": ".audio.audio",
    "AsyncBatches": ".batches",
    "AsyncBatchesWithRawResponse": ".batches",
    "AsyncBatchesWithStreamingResponse": ".batches",
    "AsyncChat": ".chat.chat",
    "AsyncChatWithRawResponse": ".chat.chat",
    "AsyncChatWithStreamingResponse": ".chat.chat",
    "AsyncCheckpoints": ".fine_tuning.jobs.checkpoints",
    "AsyncCheckpointsWithRawResponse": ".fine_tuning.jobs.checkpoints",
    "AsyncCheckpointsWithStreamingResponse": ".fine_tuning.jobs.checkpoints",
    "AsyncCompletions": ".completions",
    "AsyncCompletionsWithRawResponse": ".completions",
    "AsyncCompletionsWithStreamingResponse": ".completions",
    "AsyncConversations": ".conversations.conversations",
    "AsyncConversationsWithRawResponse": ".conversations.conversations",
    "AsyncConversationsWithStreamingResponse": ".conversations.conversations",
    "AsyncEmbeddings": ".embeddings",
    "AsyncEmbeddingsWithRawResponse": ".embeddings",
    "AsyncEmbeddingsWithStreamingResponse": ".embeddings",
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
    "AsyncImages": ".images",
    "AsyncImagesWithRawResponse": ".images",
    "AsyncImagesWithStreamingResponse": ".images",
    "AsyncInputItems": ".responses.input_items",
    "AsyncInputItemsWithRawResponse": ".responses.input_items",
    "AsyncInputItemsWithStreamingResponse": ".responses.input_items",
    "AsyncInputTokens": ".responses.input_tokens",
    "AsyncInputTokensWithRawResponse": ".responses.input_tokens",
    "AsyncInputTokensWithStreamingResponse": ".responses.input_tokens",
    "AsyncItems": ".conversations.items",
    "AsyncItemsWithRawResponse": ".conversations.items",
    "AsyncItemsWithStreamingResponse": ".conversations.items",
    "AsyncJobs": ".fine_tuning.jobs.jobs",
    "AsyncJobsWithRawResponse": ".fine_tuning.jobs.jobs",
    "AsyncJobsWithStreamingResponse": ".fine_tuning.jobs.jobs",
    "AsyncMessages": ".chat.completions.messages",
    "AsyncMessagesWithRawResponse": ".chat.completions.messages",
    "AsyncMessagesWithStreamingResponse": ".chat.completions.messages",
    "AsyncModels": ".models",
    "AsyncModelsWithRawResponse": ".models",
    "AsyncModelsWithStreamingResponse": ".models",
    "AsyncModerations": ".moderations",
    "AsyncModerationsWithRawResponse": ".moderations",
    "AsyncModerationsWithStreamingResponse": ".moderations",
    "AsyncParts": ".uploads.parts",
    "AsyncPartsWithRawResponse": ".uploads.parts",
    "AsyncPartsWithStreamingResponse": ".uploads.parts",
    "AsyncPermissions": ".fine_tuning.checkpoints.permissions",
    "AsyncPermissionsWithRawResponse": ".fine_tuning.checkpoints.permissions",
    "AsyncPermissionsWithStreamingResponse": ".fine_tuning.checkpoints.permissions",
    "AsyncResponses": ".responses.responses",
    "AsyncResponsesWithRawResponse": ".responses.responses",
    "AsyncResponsesWithStreamingResponse": ".responses.responses",
    "AsyncSpeech": ".audio.speech",
    "AsyncSpeechWithRawResponse": ".audio.speech",
    "AsyncSpeechWithStreamingResponse": ".audio.speech",
    "AsyncTranscriptions": ".audio.transcriptions",
    "AsyncTranscriptionsWithRawResponse": ".audio.transcriptions",
    "AsyncTranscriptionsWithStreamingResponse": ".audio.transcriptions",
    "AsyncTranslations": ".audio.translations",
    "AsyncTranslationsWithRawResponse": ".audio.translations",
    "AsyncTranslationsWithStreamingResponse": ".audio.translations",
    "AsyncUploads": ".uploads.uploads",
    "AsyncUploadsWithRawResponse": ".uploads.uploads",
    "AsyncUploadsWithStreamingResponse": ".uploads.uploads",
    "AsyncVectorStores": ".vector_stores.vector_stores",
    "AsyncVectorStoresWithRawResponse": ".vector_stores.vector_stores",
    "AsyncVectorStoresWithStreamingResponse": ".vector_stores.vector_stores",
    "AsyncWebhooks": ".webhooks",
    "AsyncWebhooksWithRawResponse": ".webhooks",
    "AsyncWebhooksWithStreamingResponse": ".webhooks",
    "Audio": ".audio.audio",
    "AudioWithRawResponse": ".audio.audio",
    "AudioWithStreamingResponse": ".audio.audio",
    "Batches": ".batches",
    "BatchesWithRawResponse": ".batches",
    "BatchesWithStreamingResponse": ".batches",
    "Chat": ".chat.chat",
    "ChatWithRawResponse": ".chat.chat",
    "ChatWithStreamingResponse": ".chat.chat",
    "Checkpoints": ".fine_tuning.jobs.checkpoints",
    "CheckpointsWithRawResponse": ".fine_tuning.jobs.checkpoints",
    "CheckpointsWithStreamingResponse": ".fine_tuning.jobs.checkpoints",
    "Completions": ".completions",
    "CompletionsWithRawResponse": ".completions",
    "CompletionsWithStreamingResponse": ".completions",
    "Conversations": ".conversations.conversations",
    "ConversationsWithRawResponse": ".conversations.conversations",
    "ConversationsWithStreamingResponse": ".conversations.conversations",
    "Embeddings": ".embeddings",
    "EmbeddingsWithRawResponse": ".embeddings",
    "EmbeddingsWithStreamingResponse": ".embeddings",
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
    "Images": ".images",
    "ImagesWithRawResponse": ".images",
    "ImagesWithStreamingResponse": ".images",
    "InputItems": ".responses.input_items",
    "InputItemsWithRawResponse": ".responses.input_items",
    "InputItemsWithStreamingResponse": ".responses.input_items",
    "InputTokens": ".responses.input_tokens",
    "InputTokensWithRawResponse": ".responses.input_tokens",
    "InputTokensWithStreamingResponse": ".responses.input_tokens",
    "Items": ".conversations.items",
    "ItemsWithRawResponse": ".conversations.items",
    "ItemsWithStreamingResponse": ".conversations.items",
    "Jobs": ".fine_tuning.jobs.jobs",
    "JobsWithRawResponse": ".fine_tuning.jobs.jobs",
    "JobsWithStreamingResponse": ".fine_tuning.jobs.jobs",
    "Messages": ".chat.completions.messages",
    "MessagesWithRawResponse": ".chat.completions.messages",
    "MessagesWithStreamingResponse": ".chat.completions.messages",
    "Models": ".models",
    "ModelsWithRawResponse": ".models",
    "ModelsWithStreamingResponse": ".models",
    "Moderations": ".moderations",
    "ModerationsWithRawResponse": ".moderations",
    "ModerationsWithStreamingResponse": ".moderations",
    "Parts": ".uploads.parts",
    "PartsWithRawResponse": ".uploads.parts",
    "PartsWithStreamingResponse": ".uploads.parts",
    "Permissions": ".fine_tuning.checkpoints.permissions",
    "PermissionsWithRawResponse": ".fine_tuning.checkpoints.permissions",
    "PermissionsWithStreamingResponse": ".fine_tuning.checkpoints.permissions",
    "Responses": ".responses.responses",
    "ResponsesWithRawResponse": ".responses.responses",
    "ResponsesWithStreamingResponse": ".responses.responses",
    "Speech": ".audio.speech",
    "SpeechWithRawResponse": ".audio.speech",
    "SpeechWithStreamingResponse": ".audio.speech",
    "Transcriptions": ".audio.transcriptions",
    "TranscriptionsWithRawResponse": ".audio.transcriptions",
    "TranscriptionsWithStreamingResponse": ".audio.transcriptions",
    "Translations": ".audio.translations",
    "TranslationsWithRawResponse": ".audio.translations",
    "TranslationsWithStreamingResponse": ".audio.translations",
    "Uploads": ".uploads.uploads",
    "UploadsWithRawResponse": ".uploads.uploads",
    "UploadsWithStreamingResponse": ".uploads.uploads",
    "VectorStores": ".vector_stores.vector_stores",
    "VectorStoresWithRawResponse": ".vector_stores.vector_stores",
    "VectorStoresWithStreamingResponse": ".vector_stores.vector_stores",
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
