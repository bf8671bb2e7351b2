# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field

from ...._models import BaseModel

__all__ = [
    "Data",
    "DataResult",
    "DataResultOrganizationCostsResult",
    "DataResultOrganizationCostsResultAmount",
    "DataResultOrganizationUsageAudioSpeechesResult",
    "DataResultOrganizationUsageAudioTranscriptionsResult",
    "DataResultOrganizationUsageCodeInterpreterSessionsResult",
    "DataResultOrganizationUsageCompletionsResult",
    "DataResultOrganizationUsageEmbeddingsResult",
    "DataResultOrganizationUsageFileSearchesResult",
    "DataResultOrganizationUsageImagesResult",
    "DataResultOrganizationUsageModerationsResult",
    "DataResultOrganizationUsageVectorStoresResult",
    "DataResultOrganizationUsageWebSearchesResult",
    "UsageModerationsResponse",
]


class DataResultOrganizationUsageCompletionsResult(BaseModel):
    object: Literal["organization.usage.completions.result"]
    input_tokens: int
    output_tokens: int
    num_model_requests: int
    api_key_id: Optional[str] = None
    batch: Optional[bool] = None
    input_audio_tokens: Optional[int] = None
    input_cache_write_tokens: Optional[int] = None
    input_cached_audio_tokens: Optional[int] = None
    input_cached_image_tokens: Optional[int] = None
    input_cached_text_tokens: Optional[int] = None
    input_cached_tokens: Optional[int] = None
    input_image_tokens: Optional[int] = None
    input_text_tokens: Optional[int] = None
    input_uncached_tokens: Optional[int] = None
    model: Optional[str] = None
    output_audio_tokens: Optional[int] = None
    output_image_tokens: Optional[int] = None
    output_text_tokens: Optional[int] = None
    project_id: Optional[str] = None
    service_tier: Optional[str] = None
    user_id: Optional[str] = None


class DataResultOrganizationUsageEmbeddingsResult(BaseModel):
    object: Literal["organization.usage.embeddings.result"]
    input_tokens: int
    num_model_requests: int
    api_key_id: Optional[str] = None
    model: Optional[str] = None
    project_id: Optional[str] = None
    user_id: Optional[str] = None


class DataResultOrganizationUsageModerationsResult(BaseModel):
    object: Literal["organization.usage.moderations.result"]
    input_tokens: int
    num_model_requests: int
    api_key_id: Optional[str] = None
    model: Optional[str] = None
    project_id: Optional[str] = None
    user_id: Optional[str] = None


class DataResultOrganizationUsageImagesResult(BaseModel):
    object: Literal["organization.usage.images.result"]
    images: int
    num_model_requests: int
    api_key_id: Optional[str] = None
    model: Optional[str] = None
    project_id: Optional[str] = None
    size: Optional[str] = None
    source: Optional[str] = None
    user_id: Optional[str] = None


class DataResultOrganizationUsageAudioSpeechesResult(BaseModel):
    object: Literal["organization.usage.audio_speeches.result"]
    characters: int
    num_model_requests: int
    api_key_id: Optional[str] = None
    model: Optional[str] = None
    project_id: Optional[str] = None
    user_id: Optional[str] = None


class DataResultOrganizationUsageAudioTranscriptionsResult(BaseModel):
    object: Literal["organization.usage.audio_transcriptions.result"]
    seconds: int
    num_model_requests: int
    api_key_id: Optional[str] = None
    model: Optional[str] = None
    project_id: Optional[str] = None
    user_id: Optional[str] = None


class DataResultOrganizationUsageVectorStoresResult(BaseModel):
    object: Literal["organization.usage.vector_stores.result"]
    usage_bytes: int
    project_id: Optional[str] = None


class DataResultOrganizationUsageCodeInterpreterSessionsResult(BaseModel):
    object: Literal["organization.usage.code_interpreter_sessions.result"]
    num_sessions: int
    project_id: Optional[str] = None


class DataResultOrganizationUsageFileSearchesResult(BaseModel):
    object: Literal["organization.usage.file_searches.result"]
    num_requests: int
    api_key_id: Optional[str] = None
    project_id: Optional[str] = None
    user_id: Optional[str] = None
    vector_store_id: Optional[str] = None


class DataResultOrganizationUsageWebSearchesResult(BaseModel):
    object: Literal["organization.usage.web_searches.result"]
    num_model_requests: int
    num_requests: int
    api_key_id: Optional[str] = None
    context_level: Optional[str] = None
    model: Optional[str] = None
    project_id: Optional[str] = None
    user_id: Optional[str] = None


class DataResultOrganizationCostsResultAmount(BaseModel):
    currency: Optional[str] = None
    value: Optional[float] = None


class DataResultOrganizationCostsResult(BaseModel):
    object: Literal["organization.costs.result"]
    amount: Optional[DataResultOrganizationCostsResultAmount] = None
    api_key_id: Optional[str] = None
    line_item: Optional[str] = None
    project_id: Optional[str] = None
    quantity: Optional[float] = None


DataResult: TypeAlias = Annotated[
    Union[
        DataResultOrganizationUsageCompletionsResult,
        DataResultOrganizationUsageEmbeddingsResult,
        DataResultOrganizationUsageModerationsResult,
        DataResultOrganizationUsageImagesResult,
        DataResultOrganizationUsageAudioSpeechesResult,
        DataResultOrganizationUsageAudioTranscriptionsResult,
        DataResultOrganizationUsageVectorStoresResult,
        DataResultOrganizationUsageCodeInterpreterSessionsResult,
        DataResultOrganizationUsageFileSearchesResult,
        DataResultOrganizationUsageWebSearchesResult,
        DataResultOrganizationCostsResult,
    ],
    Field(discriminator="object"),
]


class Data(BaseModel):
    object: Literal["bucket"]
    start_time: int
    end_time: int
    results: List[DataResult]


class UsageModerationsResponse(BaseModel):
    object: Literal["page"]
    data: List[Data]
    has_more: bool
    next_page: Optional[str] = None
