# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .shared.all_models import AllModels as AllModels
    from .audio_model import AudioModel as AudioModel
    from .audio_response_format import AudioResponseFormat as AudioResponseFormat
    from .auto_file_chunking_strategy_param import AutoFileChunkingStrategyParam as AutoFileChunkingStrategyParam
    from .batch import Batch as Batch
    from .batch_create_params import BatchCreateParams as BatchCreateParams
    from .batch_error import BatchError as BatchError
    from .batch_list_params import BatchListParams as BatchListParams
    from .batch_request_counts import BatchRequestCounts as BatchRequestCounts
    from .batch_usage import BatchUsage as BatchUsage
    from .chat_model import ChatModel as ChatModel
    from .shared.comparison_filter import ComparisonFilter as ComparisonFilter
    from .completion import Completion as Completion
    from .completion_choice import CompletionChoice as CompletionChoice
    from .completion_create_params import CompletionCreateParams as CompletionCreateParams
    from .completion_usage import CompletionUsage as CompletionUsage
    from .shared.compound_filter import CompoundFilter as CompoundFilter
    from .container_create_params import ContainerCreateParams as ContainerCreateParams
    from .container_create_response import ContainerCreateResponse as ContainerCreateResponse
    from .container_list_params import ContainerListParams as ContainerListParams
    from .container_list_response import ContainerListResponse as ContainerListResponse
    from .container_retrieve_response import ContainerRetrieveResponse as ContainerRetrieveResponse
    from .content_provenance_check import ContentProvenanceCheck as ContentProvenanceCheck
    from .content_provenance_check_create_params import (
        ContentProvenanceCheckCreateParams as ContentProvenanceCheckCreateParams,
    )
    from .create_embedding_response import CreateEmbeddingResponse as CreateEmbeddingResponse
    from .shared.custom_tool_input_format import CustomToolInputFormat as CustomToolInputFormat
    from .deleted_skill import DeletedSkill as DeletedSkill
    from .embedding import Embedding as Embedding
    from .embedding_create_params import EmbeddingCreateParams as EmbeddingCreateParams
    from .embedding_model import EmbeddingModel as EmbeddingModel
    from .shared.error_object import ErrorObject as ErrorObject
    from .eval_create_params import EvalCreateParams as EvalCreateParams
    from .eval_create_response import EvalCreateResponse as EvalCreateResponse
    from .eval_custom_data_source_config import EvalCustomDataSourceConfig as EvalCustomDataSourceConfig
    from .eval_delete_response import EvalDeleteResponse as EvalDeleteResponse
    from .eval_list_params import EvalListParams as EvalListParams
    from .eval_list_response import EvalListResponse as EvalListResponse
    from .eval_retrieve_response import EvalRetrieveResponse as EvalRetrieveResponse
    from .eval_stored_completions_data_source_config import (
        EvalStoredCompletionsDataSourceConfig as EvalStoredCompletionsDataSourceConfig,
    )
    from .eval_update_params import EvalUpdateParams as EvalUpdateParams
    from .eval_update_response import EvalUpdateResponse as EvalUpdateResponse
    from .file_chunking_strategy import FileChunkingStrategy as FileChunkingStrategy
    from .file_chunking_strategy_param import FileChunkingStrategyParam as FileChunkingStrategyParam
    from .file_content import FileContent as FileContent
    from .file_create_params import FileCreateParams as FileCreateParams
    from .file_deleted import FileDeleted as FileDeleted
    from .file_list_params import FileListParams as FileListParams
    from .file_object import FileObject as FileObject
    from .file_purpose import FilePurpose as FilePurpose
    from .shared.function_definition import FunctionDefinition as FunctionDefinition
    from .shared.function_parameters import FunctionParameters as FunctionParameters
    from .image import Image as Image
    from .image_create_variation_params import ImageCreateVariationParams as ImageCreateVariationParams
    from .image_edit_completed_event import ImageEditCompletedEvent as ImageEditCompletedEvent
    from .image_edit_params import ImageEditParams as ImageEditParams
    from .image_edit_partial_image_event import ImageEditPartialImageEvent as ImageEditPartialImageEvent
    from .image_edit_stream_event import ImageEditStreamEvent as ImageEditStreamEvent
    from .image_gen_completed_event import ImageGenCompletedEvent as ImageGenCompletedEvent
    from .image_gen_partial_image_event import ImageGenPartialImageEvent as ImageGenPartialImageEvent
    from .image_gen_stream_event import ImageGenStreamEvent as ImageGenStreamEvent
    from .image_generate_params import ImageGenerateParams as ImageGenerateParams
    from .image_input_reference_param import ImageInputReferenceParam as ImageInputReferenceParam
    from .image_model import ImageModel as ImageModel
    from .images_response import ImagesResponse as ImagesResponse
    from .shared.metadata import Metadata as Metadata
    from .model import Model as Model
    from .model_deleted import ModelDeleted as ModelDeleted
    from .moderation import Moderation as Moderation
    from .moderation_create_params import ModerationCreateParams as ModerationCreateParams
    from .moderation_create_response import ModerationCreateResponse as ModerationCreateResponse
    from .moderation_image_url_input_param import ModerationImageURLInputParam as ModerationImageURLInputParam
    from .moderation_model import ModerationModel as ModerationModel
    from .moderation_multi_modal_input_param import ModerationMultiModalInputParam as ModerationMultiModalInputParam
    from .moderation_text_input_param import ModerationTextInputParam as ModerationTextInputParam
    from .shared.oauth_error_code import OAuthErrorCode as OAuthErrorCode
    from .other_file_chunking_strategy_object import OtherFileChunkingStrategyObject as OtherFileChunkingStrategyObject
    from .shared.reasoning import Reasoning as Reasoning
    from .shared.reasoning_effort import ReasoningEffort as ReasoningEffort
    from .websocket_reconnection import ReconnectingEvent as ReconnectingEvent
    from .websocket_reconnection import ReconnectingOverrides as ReconnectingOverrides
    from .shared.response_format_json_object import ResponseFormatJSONObject as ResponseFormatJSONObject
    from .shared.response_format_json_schema import ResponseFormatJSONSchema as ResponseFormatJSONSchema
    from .shared.response_format_text import ResponseFormatText as ResponseFormatText
    from .shared.response_format_text_grammar import ResponseFormatTextGrammar as ResponseFormatTextGrammar
    from .shared.response_format_text_python import ResponseFormatTextPython as ResponseFormatTextPython
    from .shared.responses_model import ResponsesModel as ResponsesModel
    from .skill import Skill as Skill
    from .skill_create_params import SkillCreateParams as SkillCreateParams
    from .skill_list import SkillList as SkillList
    from .skill_list_params import SkillListParams as SkillListParams
    from .skill_update_params import SkillUpdateParams as SkillUpdateParams
    from .static_file_chunking_strategy import StaticFileChunkingStrategy as StaticFileChunkingStrategy
    from .static_file_chunking_strategy_object import (
        StaticFileChunkingStrategyObject as StaticFileChunkingStrategyObject,
    )
    from .static_file_chunking_strategy_object_param import (
        StaticFileChunkingStrategyObjectParam as StaticFileChunkingStrategyObjectParam,
    )
    from .static_file_chunking_strategy_param import StaticFileChunkingStrategyParam as StaticFileChunkingStrategyParam
    from .upload import Upload as Upload
    from .upload_complete_params import UploadCompleteParams as UploadCompleteParams
    from .upload_create_params import UploadCreateParams as UploadCreateParams
    from .vector_store import VectorStore as VectorStore
    from .vector_store_create_params import VectorStoreCreateParams as VectorStoreCreateParams
    from .vector_store_deleted import VectorStoreDeleted as VectorStoreDeleted
    from .vector_store_list_params import VectorStoreListParams as VectorStoreListParams
    from .vector_store_search_params import VectorStoreSearchParams as VectorStoreSearchParams
    from .vector_store_search_response import VectorStoreSearchResponse as VectorStoreSearchResponse
    from .vector_store_update_params import VectorStoreUpdateParams as VectorStoreUpdateParams
    from .video import Video as Video
    from .video_create_character_params import VideoCreateCharacterParams as VideoCreateCharacterParams
    from .video_create_character_response import VideoCreateCharacterResponse as VideoCreateCharacterResponse
    from .video_create_error import VideoCreateError as VideoCreateError
    from .video_create_params import VideoCreateParams as VideoCreateParams
    from .video_delete_response import VideoDeleteResponse as VideoDeleteResponse
    from .video_download_content_params import VideoDownloadContentParams as VideoDownloadContentParams
    from .video_edit_params import VideoEditParams as VideoEditParams
    from .video_extend_params import VideoExtendParams as VideoExtendParams
    from .video_get_character_response import VideoGetCharacterResponse as VideoGetCharacterResponse
    from .video_list_params import VideoListParams as VideoListParams
    from .video_model import VideoModel as VideoModel
    from .video_model_param import VideoModelParam as VideoModelParam
    from .video_remix_params import VideoRemixParams as VideoRemixParams
    from .video_seconds import VideoSeconds as VideoSeconds
    from .video_size import VideoSize as VideoSize
    from .websocket_connection_options import WebSocketConnectionOptions as WebSocketConnectionOptions
    from .websocket_connection_options import WebsocketConnectionOptions as WebsocketConnectionOptions

__all__ = [
    "AllModels",
    "AudioModel",
    "AudioResponseFormat",
    "AutoFileChunkingStrategyParam",
    "Batch",
    "BatchCreateParams",
    "BatchError",
    "BatchListParams",
    "BatchRequestCounts",
    "BatchUsage",
    "ChatModel",
    "ComparisonFilter",
    "Completion",
    "CompletionChoice",
    "CompletionCreateParams",
    "CompletionUsage",
    "CompoundFilter",
    "ContainerCreateParams",
    "ContainerCreateResponse",
    "ContainerListParams",
    "ContainerListResponse",
    "ContainerRetrieveResponse",
    "ContentProvenanceCheck",
    "ContentProvenanceCheckCreateParams",
    "CreateEmbeddingResponse",
    "CustomToolInputFormat",
    "DeletedSkill",
    "Embedding",
    "EmbeddingCreateParams",
    "EmbeddingModel",
    "ErrorObject",
    "EvalCreateParams",
    "EvalCreateResponse",
    "EvalCustomDataSourceConfig",
    "EvalDeleteResponse",
    "EvalListParams",
    "EvalListResponse",
    "EvalRetrieveResponse",
    "EvalStoredCompletionsDataSourceConfig",
    "EvalUpdateParams",
    "EvalUpdateResponse",
    "FileChunkingStrategy",
    "FileChunkingStrategyParam",
    "FileContent",
    "FileCreateParams",
    "FileDeleted",
    "FileListParams",
    "FileObject",
    "FilePurpose",
    "FunctionDefinition",
    "FunctionParameters",
    "Image",
    "ImageCreateVariationParams",
    "ImageEditCompletedEvent",
    "ImageEditParams",
    "ImageEditPartialImageEvent",
    "ImageEditStreamEvent",
    "ImageGenCompletedEvent",
    "ImageGenPartialImageEvent",
    "ImageGenStreamEvent",
    "ImageGenerateParams",
    "ImageInputReferenceParam",
    "ImageModel",
    "ImagesResponse",
    "Metadata",
    "Model",
    "ModelDeleted",
    "Moderation",
    "ModerationCreateParams",
    "ModerationCreateResponse",
    "ModerationImageURLInputParam",
    "ModerationModel",
    "ModerationMultiModalInputParam",
    "ModerationTextInputParam",
    "OAuthErrorCode",
    "OtherFileChunkingStrategyObject",
    "Reasoning",
    "ReasoningEffort",
    "ReconnectingEvent",
    "ReconnectingOverrides",
    "ResponseFormatJSONObject",
    "ResponseFormatJSONSchema",
    "ResponseFormatText",
    "ResponseFormatTextGrammar",
    "ResponseFormatTextPython",
    "ResponsesModel",
    "Skill",
    "SkillCreateParams",
    "SkillList",
    "SkillListParams",
    "SkillUpdateParams",
    "StaticFileChunkingStrategy",
    "StaticFileChunkingStrategyObject",
    "StaticFileChunkingStrategyObjectParam",
    "StaticFileChunkingStrategyParam",
    "Upload",
    "UploadCompleteParams",
    "UploadCreateParams",
    "VectorStore",
    "VectorStoreCreateParams",
    "VectorStoreDeleted",
    "VectorStoreListParams",
    "VectorStoreSearchParams",
    "VectorStoreSearchResponse",
    "VectorStoreUpdateParams",
    "Video",
    "VideoCreateCharacterParams",
    "VideoCreateCharacterResponse",
    "VideoCreateError",
    "VideoCreateParams",
    "VideoDeleteResponse",
    "VideoDownloadContentParams",
    "VideoEditParams",
    "VideoExtendParams",
    "VideoGetCharacterResponse",
    "VideoListParams",
    "VideoModel",
    "VideoModelParam",
    "VideoRemixParams",
    "VideoSeconds",
    "VideoSize",
    "WebSocketConnectionOptions",
    "WebsocketConnectionOptions",
]

# Public name -> module defining it, imported on first access.
_EXPORTS: dict[str, str] = {
    "AllModels": ".shared.all_models",
    "AudioModel": ".audio_model",
    "AudioResponseFormat": ".audio_response_format",
    "AutoFileChunkingStrategyParam": ".auto_file_chunking_strategy_param",
    "Batch": ".batch",
    "BatchCreateParams": ".batch_create_params",
    "BatchError": ".batch_error",
    "BatchListParams": ".batch_list_params",
    "BatchRequestCounts": ".batch_request_counts",
    "BatchUsage": ".batch_usage",
    "ChatModel": ".chat_model",
    "ComparisonFilter": ".shared.comparison_filter",
    "Completion": ".completion",
    "CompletionChoice": ".completion_choice",
    "CompletionCreateParams": ".completion_create_params",
    "CompletionUsage": ".completion_usage",
    "CompoundFilter": ".shared.compound_filter",
    "ContainerCreateParams": ".container_create_params",
    "ContainerCreateResponse": ".container_create_response",
    "ContainerListParams": ".container_list_params",
    "ContainerListResponse": ".container_list_response",
    "ContainerRetrieveResponse": ".container_retrieve_response",
    "ContentProvenanceCheck": ".content_provenance_check",
    "ContentProvenanceCheckCreateParams": ".content_provenance_check_create_params",
    "CreateEmbeddingResponse": ".create_embedding_response",
    "CustomToolInputFormat": ".shared.custom_tool_input_format",
    "DeletedSkill": ".deleted_skill",
    "Embedding": ".embedding",
    "EmbeddingCreateParams": ".embedding_create_params",
    "EmbeddingModel": ".embedding_model",
    "ErrorObject": ".shared.error_object",
    "EvalCreateParams": ".eval_create_params",
    "EvalCreateResponse": ".eval_create_response",
    "EvalCustomDataSourceConfig": ".eval_custom_data_source_config",
    "EvalDeleteResponse": ".eval_delete_response",
    "EvalListParams": ".eval_list_params",
    "EvalListResponse": ".eval_list_response",
    "EvalRetrieveResponse": ".eval_retrieve_response",
    "EvalStoredCompletionsDataSourceConfig": ".eval_stored_completions_data_source_config",
    "EvalUpdateParams": ".eval_update_params",
    "EvalUpdateResponse": ".eval_update_response",
    "FileChunkingStrategy": ".file_chunking_strategy",
    "FileChunkingStrategyParam": ".file_chunking_strategy_param",
    "FileContent": ".file_content",
    "FileCreateParams": ".file_create_params",
    "FileDeleted": ".file_deleted",
    "FileListParams": ".file_list_params",
    "FileObject": ".file_object",
    "FilePurpose": ".file_purpose",
    "FunctionDefinition": ".shared.function_definition",
    "FunctionParameters": ".shared.function_parameters",
    "Image": ".image",
    "ImageCreateVariationParams": ".image_create_variation_params",
    "ImageEditCompletedEvent": ".image_edit_completed_event",
    "ImageEditParams": ".image_edit_params",
    "ImageEditPartialImageEvent": ".image_edit_partial_image_event",
    "ImageEditStreamEvent": ".image_edit_stream_event",
    "ImageGenCompletedEvent": ".image_gen_completed_event",
    "ImageGenPartialImageEvent": ".image_gen_partial_image_event",
    "ImageGenStreamEvent": ".image_gen_stream_event",
    "ImageGenerateParams": ".image_generate_params",
    "ImageInputReferenceParam": ".image_input_reference_param",
    "ImageModel": ".image_model",
    "ImagesResponse": ".images_response",
    "Metadata": ".shared.metadata",
    "Model": ".model",
    "ModelDeleted": ".model_deleted",
    "Moderation": ".moderation",
    "ModerationCreateParams": ".moderation_create_params",
    "ModerationCreateResponse": ".moderation_create_response",
    "ModerationImageURLInputParam": ".moderation_image_url_input_param",
    "ModerationModel": ".moderation_model",
    "ModerationMultiModalInputParam": ".moderation_multi_modal_input_param",
    "ModerationTextInputParam": ".moderation_text_input_param",
    "OAuthErrorCode": ".shared.oauth_error_code",
    "OtherFileChunkingStrategyObject": ".other_file_chunking_strategy_object",
    "Reasoning": ".shared.reasoning",
    "ReasoningEffort": ".shared.reasoning_effort",
    "ReconnectingEvent": ".websocket_reconnection",
    "ReconnectingOverrides": ".websocket_reconnection",
    "ResponseFormatJSONObject": ".shared.response_format_json_object",
    "ResponseFormatJSONSchema": ".shared.response_format_json_schema",
    "ResponseFormatText": ".shared.response_format_text",
    "ResponseFormatTextGrammar": ".shared.response_format_text_grammar",
    "ResponseFormatTextPython": ".shared.response_format_text_python",
    "ResponsesModel": ".shared.responses_model",
    "Skill": ".skill",
    "SkillCreateParams": ".skill_create_params",
    "SkillList": ".skill_list",
    "SkillListParams": ".skill_list_params",
    "SkillUpdateParams": ".skill_update_params",
    "StaticFileChunkingStrategy": ".static_file_chunking_strategy",
    "StaticFileChunkingStrategyObject": ".static_file_chunking_strategy_object",
    "StaticFileChunkingStrategyObjectParam": ".static_file_chunking_strategy_object_param",
    "StaticFileChunkingStrategyParam": ".static_file_chunking_strategy_param",
    "Upload": ".upload",
    "UploadCompleteParams": ".upload_complete_params",
    "UploadCreateParams": ".upload_create_params",
    "VectorStore": ".vector_store",
    "VectorStoreCreateParams": ".vector_store_create_params",
    "VectorStoreDeleted": ".vector_store_deleted",
    "VectorStoreListParams": ".vector_store_list_params",
    "VectorStoreSearchParams": ".vector_store_search_params",
    "VectorStoreSearchResponse": ".vector_store_search_response",
    "VectorStoreUpdateParams": ".vector_store_update_params",
    "Video": ".video",
    "VideoCreateCharacterParams": ".video_create_character_params",
    "VideoCreateCharacterResponse": ".video_create_character_response",
    "VideoCreateError": ".video_create_error",
    "VideoCreateParams": ".video_create_params",
    "VideoDeleteResponse": ".video_delete_response",
    "VideoDownloadContentParams": ".video_download_content_params",
    "VideoEditParams": ".video_edit_params",
    "VideoExtendParams": ".video_extend_params",
    "VideoGetCharacterResponse": ".video_get_character_response",
    "VideoListParams": ".video_list_params",
    "VideoModel": ".video_model",
    "VideoModelParam": ".video_model_param",
    "VideoRemixParams": ".video_remix_params",
    "VideoSeconds": ".video_seconds",
    "VideoSize": ".video_size",
    "WebSocketConnectionOptions": ".websocket_connection_options",
    "WebsocketConnectionOptions": ".websocket_connection_options",
}
_SUBMODULES: frozenset[str] = frozenset(
    {
        "admin",
        "audio",
        "audio_model",
        "audio_response_format",
        "auto_file_chunking_strategy_param",
        "batch",
        "batch_create_params",
        "batch_error",
        "batch_list_params",
        "batch_request_counts",
        "batch_usage",
        "beta",
        "chat",
        "chat_model",
        "completion",
        "completion_choice",
        "completion_create_params",
        "completion_usage",
        "container_create_params",
        "container_create_response",
        "container_list_params",
        "container_list_response",
        "container_retrieve_response",
        "containers",
        "content_provenance_check",
        "content_provenance_check_create_params",
        "conversations",
        "create_embedding_response",
        "deleted_skill",
        "embedding",
        "embedding_create_params",
        "embedding_model",
        "eval_create_params",
        "eval_create_response",
        "eval_custom_data_source_config",
        "eval_delete_response",
        "eval_list_params",
        "eval_list_response",
        "eval_retrieve_response",
        "eval_stored_completions_data_source_config",
        "eval_update_params",
        "eval_update_response",
        "evals",
        "file_chunking_strategy",
        "file_chunking_strategy_param",
        "file_content",
        "file_create_params",
        "file_deleted",
        "file_list_params",
        "file_object",
        "file_purpose",
        "fine_tuning",
        "graders",
        "image",
        "image_create_variation_params",
        "image_edit_completed_event",
        "image_edit_params",
        "image_edit_partial_image_event",
        "image_edit_stream_event",
        "image_gen_completed_event",
        "image_gen_partial_image_event",
        "image_gen_stream_event",
        "image_generate_params",
        "image_input_reference_param",
        "image_model",
        "images_response",
        "model",
        "model_deleted",
        "moderation",
        "moderation_create_params",
        "moderation_create_response",
        "moderation_image_url_input_param",
        "moderation_model",
        "moderation_multi_modal_input_param",
        "moderation_text_input_param",
        "other_file_chunking_strategy_object",
        "realtime",
        "responses",
        "shared",
        "shared_params",
        "skill",
        "skill_create_params",
        "skill_list",
        "skill_list_params",
        "skill_update_params",
        "skills",
        "static_file_chunking_strategy",
        "static_file_chunking_strategy_object",
        "static_file_chunking_strategy_object_param",
        "static_file_chunking_strategy_param",
        "upload",
        "upload_complete_params",
        "upload_create_params",
        "uploads",
        "vector_store",
        "vector_store_create_params",
        "vector_store_deleted",
        "vector_store_list_params",
        "vector_store_search_params",
        "vector_store_search_response",
        "vector_store_update_params",
        "vector_stores",
        "video",
        "video_create_character_params",
        "video_create_character_response",
        "video_create_error",
        "video_create_params",
        "video_delete_response",
        "video_download_content_params",
        "video_edit_params",
        "video_extend_params",
        "video_get_character_response",
        "video_list_params",
        "video_model",
        "video_model_param",
        "video_remix_params",
        "video_seconds",
        "video_size",
        "webhooks",
        "websocket_connection_options",
        "websocket_reconnection",
    }
)

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        source = _EXPORTS.get(name)
        if source is not None:
            value = getattr(importlib.import_module(source, __name__), name)
            globals()[name] = value
            return value
        if name in _SUBMODULES:
            return importlib.import_module(f".{name}", __name__)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS) | _SUBMODULES)
