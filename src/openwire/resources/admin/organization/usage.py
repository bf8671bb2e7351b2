# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import List, TYPE_CHECKING
from typing_extensions import Literal
from functools import cached_property

from ...._async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from ...._options import make_request_options
from ...._resource import AsyncAPIResource, SyncAPIResource
from ...._sync.response import to_raw_response_wrapper, to_streamed_response_wrapper
from ...._types import not_given, omit
from ....types.admin.organization.usage_audio_speeches_response import UsageAudioSpeechesResponse
from ....types.admin.organization.usage_audio_transcriptions_response import UsageAudioTranscriptionsResponse
from ....types.admin.organization.usage_code_interpreter_sessions_response import UsageCodeInterpreterSessionsResponse
from ....types.admin.organization.usage_completions_response import UsageCompletionsResponse
from ....types.admin.organization.usage_costs_response import UsageCostsResponse
from ....types.admin.organization.usage_embeddings_response import UsageEmbeddingsResponse
from ....types.admin.organization.usage_file_search_calls_response import UsageFileSearchCallsResponse
from ....types.admin.organization.usage_images_response import UsageImagesResponse
from ....types.admin.organization.usage_moderations_response import UsageModerationsResponse
from ....types.admin.organization.usage_vector_stores_response import UsageVectorStoresResponse
from ....types.admin.organization.usage_web_search_calls_response import UsageWebSearchCallsResponse

if TYPE_CHECKING:
    import httpx
    from ...._types import Body, Headers, NotGiven, Omit, Query, SequenceNotStr

__all__ = ["Usage", "AsyncUsage"]


class Usage(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> UsageWithRawResponse:
        return UsageWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> UsageWithStreamingResponse:
        return UsageWithStreamingResponse(self)

    def audio_speeches(
        self,
        *,
        start_time: int,
        api_key_ids: SequenceNotStr[str] | Omit = omit,
        bucket_width: Literal["1m", "1h", "1d"] | Omit = omit,
        end_time: int | Omit = omit,
        group_by: List[Literal["project_id", "user_id", "api_key_id", "model"]] | Omit = omit,
        limit: int | Omit = omit,
        models: SequenceNotStr[str] | Omit = omit,
        page: str | Omit = omit,
        project_ids: SequenceNotStr[str] | Omit = omit,
        user_ids: SequenceNotStr[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UsageAudioSpeechesResponse:
        """`GET /organization/usage/audio_speeches`."""
        response: UsageAudioSpeechesResponse = self._get(
            "/organization/usage/audio_speeches",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={
                    "start_time": start_time,
                    "api_key_ids": api_key_ids,
                    "bucket_width": bucket_width,
                    "end_time": end_time,
                    "group_by": group_by,
                    "limit": limit,
                    "models": models,
                    "page": page,
                    "project_ids": project_ids,
                    "user_ids": user_ids,
                },
                security={"admin_api_key_auth": True},
            ),
            cast_to=UsageAudioSpeechesResponse,
        )
        return response

    def audio_transcriptions(
        self,
        *,
        start_time: int,
        api_key_ids: SequenceNotStr[str] | Omit = omit,
        bucket_width: Literal["1m", "1h", "1d"] | Omit = omit,
        end_time: int | Omit = omit,
        group_by: List[Literal["project_id", "user_id", "api_key_id", "model"]] | Omit = omit,
        limit: int | Omit = omit,
        models: SequenceNotStr[str] | Omit = omit,
        page: str | Omit = omit,
        project_ids: SequenceNotStr[str] | Omit = omit,
        user_ids: SequenceNotStr[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UsageAudioTranscriptionsResponse:
        """`GET /organization/usage/audio_transcriptions`."""
        response: UsageAudioTranscriptionsResponse = self._get(
            "/organization/usage/audio_transcriptions",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={
                    "start_time": start_time,
                    "api_key_ids": api_key_ids,
                    "bucket_width": bucket_width,
                    "end_time": end_time,
                    "group_by": group_by,
                    "limit": limit,
                    "models": models,
                    "page": page,
                    "project_ids": project_ids,
                    "user_ids": user_ids,
                },
                security={"admin_api_key_auth": True},
            ),
            cast_to=UsageAudioTranscriptionsResponse,
        )
        return response

    def code_interpreter_sessions(
        self,
        *,
        start_time: int,
        bucket_width: Literal["1m", "1h", "1d"] | Omit = omit,
        end_time: int | Omit = omit,
        group_by: List[Literal["project_id"]] | Omit = omit,
        limit: int | Omit = omit,
        page: str | Omit = omit,
        project_ids: SequenceNotStr[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UsageCodeInterpreterSessionsResponse:
        """`GET /organization/usage/code_interpreter_sessions`."""
        response: UsageCodeInterpreterSessionsResponse = self._get(
            "/organization/usage/code_interpreter_sessions",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={
                    "start_time": start_time,
                    "bucket_width": bucket_width,
                    "end_time": end_time,
                    "group_by": group_by,
                    "limit": limit,
                    "page": page,
                    "project_ids": project_ids,
                },
                security={"admin_api_key_auth": True},
            ),
            cast_to=UsageCodeInterpreterSessionsResponse,
        )
        return response

    def completions(
        self,
        *,
        start_time: int,
        api_key_ids: SequenceNotStr[str] | Omit = omit,
        batch: bool | Omit = omit,
        bucket_width: Literal["1m", "1h", "1d"] | Omit = omit,
        end_time: int | Omit = omit,
        group_by: List[Literal["project_id", "user_id", "api_key_id", "model", "batch", "service_tier"]] | Omit = omit,
        limit: int | Omit = omit,
        models: SequenceNotStr[str] | Omit = omit,
        page: str | Omit = omit,
        project_ids: SequenceNotStr[str] | Omit = omit,
        user_ids: SequenceNotStr[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UsageCompletionsResponse:
        """`GET /organization/usage/completions`."""
        response: UsageCompletionsResponse = self._get(
            "/organization/usage/completions",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={
                    "start_time": start_time,
                    "api_key_ids": api_key_ids,
                    "batch": batch,
                    "bucket_width": bucket_width,
                    "end_time": end_time,
                    "group_by": group_by,
                    "limit": limit,
                    "models": models,
                    "page": page,
                    "project_ids": project_ids,
                    "user_ids": user_ids,
                },
                security={"admin_api_key_auth": True},
            ),
            cast_to=UsageCompletionsResponse,
        )
        return response

    def costs(
        self,
        *,
        start_time: int,
        api_key_ids: SequenceNotStr[str] | Omit = omit,
        bucket_width: Literal["1d"] | Omit = omit,
        end_time: int | Omit = omit,
        group_by: List[Literal["project_id", "line_item", "api_key_id"]] | Omit = omit,
        limit: int | Omit = omit,
        page: str | Omit = omit,
        project_ids: SequenceNotStr[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UsageCostsResponse:
        """`GET /organization/costs`."""
        response: UsageCostsResponse = self._get(
            "/organization/costs",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={
                    "start_time": start_time,
                    "api_key_ids": api_key_ids,
                    "bucket_width": bucket_width,
                    "end_time": end_time,
                    "group_by": group_by,
                    "limit": limit,
                    "page": page,
                    "project_ids": project_ids,
                },
                security={"admin_api_key_auth": True},
            ),
            cast_to=UsageCostsResponse,
        )
        return response

    def embeddings(
        self,
        *,
        start_time: int,
        api_key_ids: SequenceNotStr[str] | Omit = omit,
        bucket_width: Literal["1m", "1h", "1d"] | Omit = omit,
        end_time: int | Omit = omit,
        group_by: List[Literal["project_id", "user_id", "api_key_id", "model"]] | Omit = omit,
        limit: int | Omit = omit,
        models: SequenceNotStr[str] | Omit = omit,
        page: str | Omit = omit,
        project_ids: SequenceNotStr[str] | Omit = omit,
        user_ids: SequenceNotStr[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UsageEmbeddingsResponse:
        """`GET /organization/usage/embeddings`."""
        response: UsageEmbeddingsResponse = self._get(
            "/organization/usage/embeddings",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={
                    "start_time": start_time,
                    "api_key_ids": api_key_ids,
                    "bucket_width": bucket_width,
                    "end_time": end_time,
                    "group_by": group_by,
                    "limit": limit,
                    "models": models,
                    "page": page,
                    "project_ids": project_ids,
                    "user_ids": user_ids,
                },
                security={"admin_api_key_auth": True},
            ),
            cast_to=UsageEmbeddingsResponse,
        )
        return response

    def file_search_calls(
        self,
        *,
        start_time: int,
        api_key_ids: SequenceNotStr[str] | Omit = omit,
        bucket_width: Literal["1m", "1h", "1d"] | Omit = omit,
        end_time: int | Omit = omit,
        group_by: List[Literal["project_id", "user_id", "api_key_id", "vector_store_id"]] | Omit = omit,
        limit: int | Omit = omit,
        page: str | Omit = omit,
        project_ids: SequenceNotStr[str] | Omit = omit,
        user_ids: SequenceNotStr[str] | Omit = omit,
        vector_store_ids: SequenceNotStr[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UsageFileSearchCallsResponse:
        """`GET /organization/usage/file_search_calls`."""
        response: UsageFileSearchCallsResponse = self._get(
            "/organization/usage/file_search_calls",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={
                    "start_time": start_time,
                    "api_key_ids": api_key_ids,
                    "bucket_width": bucket_width,
                    "end_time": end_time,
                    "group_by": group_by,
                    "limit": limit,
                    "page": page,
                    "project_ids": project_ids,
                    "user_ids": user_ids,
                    "vector_store_ids": vector_store_ids,
                },
                security={"admin_api_key_auth": True},
            ),
            cast_to=UsageFileSearchCallsResponse,
        )
        return response

    def images(
        self,
        *,
        start_time: int,
        api_key_ids: SequenceNotStr[str] | Omit = omit,
        bucket_width: Literal["1m", "1h", "1d"] | Omit = omit,
        end_time: int | Omit = omit,
        group_by: List[Literal["project_id", "user_id", "api_key_id", "model", "size", "source"]] | Omit = omit,
        limit: int | Omit = omit,
        models: SequenceNotStr[str] | Omit = omit,
        page: str | Omit = omit,
        project_ids: SequenceNotStr[str] | Omit = omit,
        sizes: List[Literal["256x256", "512x512", "1024x1024", "1792x1792", "1024x1792"]] | Omit = omit,
        sources: List[Literal["image.generation", "image.edit", "image.variation"]] | Omit = omit,
        user_ids: SequenceNotStr[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UsageImagesResponse:
        """`GET /organization/usage/images`."""
        response: UsageImagesResponse = self._get(
            "/organization/usage/images",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={
                    "start_time": start_time,
                    "api_key_ids": api_key_ids,
                    "bucket_width": bucket_width,
                    "end_time": end_time,
                    "group_by": group_by,
                    "limit": limit,
                    "models": models,
                    "page": page,
                    "project_ids": project_ids,
                    "sizes": sizes,
                    "sources": sources,
                    "user_ids": user_ids,
                },
                security={"admin_api_key_auth": True},
            ),
            cast_to=UsageImagesResponse,
        )
        return response

    def moderations(
        self,
        *,
        start_time: int,
        api_key_ids: SequenceNotStr[str] | Omit = omit,
        bucket_width: Literal["1m", "1h", "1d"] | Omit = omit,
        end_time: int | Omit = omit,
        group_by: List[Literal["project_id", "user_id", "api_key_id", "model"]] | Omit = omit,
        limit: int | Omit = omit,
        models: SequenceNotStr[str] | Omit = omit,
        page: str | Omit = omit,
        project_ids: SequenceNotStr[str] | Omit = omit,
        user_ids: SequenceNotStr[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UsageModerationsResponse:
        """`GET /organization/usage/moderations`."""
        response: UsageModerationsResponse = self._get(
            "/organization/usage/moderations",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={
                    "start_time": start_time,
                    "api_key_ids": api_key_ids,
                    "bucket_width": bucket_width,
                    "end_time": end_time,
                    "group_by": group_by,
                    "limit": limit,
                    "models": models,
                    "page": page,
                    "project_ids": project_ids,
                    "user_ids": user_ids,
                },
                security={"admin_api_key_auth": True},
            ),
            cast_to=UsageModerationsResponse,
        )
        return response

    def vector_stores(
        self,
        *,
        start_time: int,
        bucket_width: Literal["1m", "1h", "1d"] | Omit = omit,
        end_time: int | Omit = omit,
        group_by: List[Literal["project_id"]] | Omit = omit,
        limit: int | Omit = omit,
        page: str | Omit = omit,
        project_ids: SequenceNotStr[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UsageVectorStoresResponse:
        """`GET /organization/usage/vector_stores`."""
        response: UsageVectorStoresResponse = self._get(
            "/organization/usage/vector_stores",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={
                    "start_time": start_time,
                    "bucket_width": bucket_width,
                    "end_time": end_time,
                    "group_by": group_by,
                    "limit": limit,
                    "page": page,
                    "project_ids": project_ids,
                },
                security={"admin_api_key_auth": True},
            ),
            cast_to=UsageVectorStoresResponse,
        )
        return response

    def web_search_calls(
        self,
        *,
        start_time: int,
        api_key_ids: SequenceNotStr[str] | Omit = omit,
        bucket_width: Literal["1m", "1h", "1d"] | Omit = omit,
        context_levels: List[Literal["low", "medium", "high"]] | Omit = omit,
        end_time: int | Omit = omit,
        group_by: List[Literal["project_id", "user_id", "api_key_id", "model", "context_level"]] | Omit = omit,
        limit: int | Omit = omit,
        models: SequenceNotStr[str] | Omit = omit,
        page: str | Omit = omit,
        project_ids: SequenceNotStr[str] | Omit = omit,
        user_ids: SequenceNotStr[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UsageWebSearchCallsResponse:
        """`GET /organization/usage/web_search_calls`."""
        response: UsageWebSearchCallsResponse = self._get(
            "/organization/usage/web_search_calls",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={
                    "start_time": start_time,
                    "api_key_ids": api_key_ids,
                    "bucket_width": bucket_width,
                    "context_levels": context_levels,
                    "end_time": end_time,
                    "group_by": group_by,
                    "limit": limit,
                    "models": models,
                    "page": page,
                    "project_ids": project_ids,
                    "user_ids": user_ids,
                },
                security={"admin_api_key_auth": True},
            ),
            cast_to=UsageWebSearchCallsResponse,
        )
        return response


class AsyncUsage(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncUsageWithRawResponse:
        return AsyncUsageWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncUsageWithStreamingResponse:
        return AsyncUsageWithStreamingResponse(self)

    async def audio_speeches(
        self,
        *,
        start_time: int,
        api_key_ids: SequenceNotStr[str] | Omit = omit,
        bucket_width: Literal["1m", "1h", "1d"] | Omit = omit,
        end_time: int | Omit = omit,
        group_by: List[Literal["project_id", "user_id", "api_key_id", "model"]] | Omit = omit,
        limit: int | Omit = omit,
        models: SequenceNotStr[str] | Omit = omit,
        page: str | Omit = omit,
        project_ids: SequenceNotStr[str] | Omit = omit,
        user_ids: SequenceNotStr[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UsageAudioSpeechesResponse:
        """`GET /organization/usage/audio_speeches`."""
        response: UsageAudioSpeechesResponse = await self._get(
            "/organization/usage/audio_speeches",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={
                    "start_time": start_time,
                    "api_key_ids": api_key_ids,
                    "bucket_width": bucket_width,
                    "end_time": end_time,
                    "group_by": group_by,
                    "limit": limit,
                    "models": models,
                    "page": page,
                    "project_ids": project_ids,
                    "user_ids": user_ids,
                },
                security={"admin_api_key_auth": True},
            ),
            cast_to=UsageAudioSpeechesResponse,
        )
        return response

    async def audio_transcriptions(
        self,
        *,
        start_time: int,
        api_key_ids: SequenceNotStr[str] | Omit = omit,
        bucket_width: Literal["1m", "1h", "1d"] | Omit = omit,
        end_time: int | Omit = omit,
        group_by: List[Literal["project_id", "user_id", "api_key_id", "model"]] | Omit = omit,
        limit: int | Omit = omit,
        models: SequenceNotStr[str] | Omit = omit,
        page: str | Omit = omit,
        project_ids: SequenceNotStr[str] | Omit = omit,
        user_ids: SequenceNotStr[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UsageAudioTranscriptionsResponse:
        """`GET /organization/usage/audio_transcriptions`."""
        response: UsageAudioTranscriptionsResponse = await self._get(
            "/organization/usage/audio_transcriptions",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={
                    "start_time": start_time,
                    "api_key_ids": api_key_ids,
                    "bucket_width": bucket_width,
                    "end_time": end_time,
                    "group_by": group_by,
                    "limit": limit,
                    "models": models,
                    "page": page,
                    "project_ids": project_ids,
                    "user_ids": user_ids,
                },
                security={"admin_api_key_auth": True},
            ),
            cast_to=UsageAudioTranscriptionsResponse,
        )
        return response

    async def code_interpreter_sessions(
        self,
        *,
        start_time: int,
        bucket_width: Literal["1m", "1h", "1d"] | Omit = omit,
        end_time: int | Omit = omit,
        group_by: List[Literal["project_id"]] | Omit = omit,
        limit: int | Omit = omit,
        page: str | Omit = omit,
        project_ids: SequenceNotStr[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UsageCodeInterpreterSessionsResponse:
        """`GET /organization/usage/code_interpreter_sessions`."""
        response: UsageCodeInterpreterSessionsResponse = await self._get(
            "/organization/usage/code_interpreter_sessions",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={
                    "start_time": start_time,
                    "bucket_width": bucket_width,
                    "end_time": end_time,
                    "group_by": group_by,
                    "limit": limit,
                    "page": page,
                    "project_ids": project_ids,
                },
                security={"admin_api_key_auth": True},
            ),
            cast_to=UsageCodeInterpreterSessionsResponse,
        )
        return response

    async def completions(
        self,
        *,
        start_time: int,
        api_key_ids: SequenceNotStr[str] | Omit = omit,
        batch: bool | Omit = omit,
        bucket_width: Literal["1m", "1h", "1d"] | Omit = omit,
        end_time: int | Omit = omit,
        group_by: List[Literal["project_id", "user_id", "api_key_id", "model", "batch", "service_tier"]] | Omit = omit,
        limit: int | Omit = omit,
        models: SequenceNotStr[str] | Omit = omit,
        page: str | Omit = omit,
        project_ids: SequenceNotStr[str] | Omit = omit,
        user_ids: SequenceNotStr[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UsageCompletionsResponse:
        """`GET /organization/usage/completions`."""
        response: UsageCompletionsResponse = await self._get(
            "/organization/usage/completions",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={
                    "start_time": start_time,
                    "api_key_ids": api_key_ids,
                    "batch": batch,
                    "bucket_width": bucket_width,
                    "end_time": end_time,
                    "group_by": group_by,
                    "limit": limit,
                    "models": models,
                    "page": page,
                    "project_ids": project_ids,
                    "user_ids": user_ids,
                },
                security={"admin_api_key_auth": True},
            ),
            cast_to=UsageCompletionsResponse,
        )
        return response

    async def costs(
        self,
        *,
        start_time: int,
        api_key_ids: SequenceNotStr[str] | Omit = omit,
        bucket_width: Literal["1d"] | Omit = omit,
        end_time: int | Omit = omit,
        group_by: List[Literal["project_id", "line_item", "api_key_id"]] | Omit = omit,
        limit: int | Omit = omit,
        page: str | Omit = omit,
        project_ids: SequenceNotStr[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UsageCostsResponse:
        """`GET /organization/costs`."""
        response: UsageCostsResponse = await self._get(
            "/organization/costs",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={
                    "start_time": start_time,
                    "api_key_ids": api_key_ids,
                    "bucket_width": bucket_width,
                    "end_time": end_time,
                    "group_by": group_by,
                    "limit": limit,
                    "page": page,
                    "project_ids": project_ids,
                },
                security={"admin_api_key_auth": True},
            ),
            cast_to=UsageCostsResponse,
        )
        return response

    async def embeddings(
        self,
        *,
        start_time: int,
        api_key_ids: SequenceNotStr[str] | Omit = omit,
        bucket_width: Literal["1m", "1h", "1d"] | Omit = omit,
        end_time: int | Omit = omit,
        group_by: List[Literal["project_id", "user_id", "api_key_id", "model"]] | Omit = omit,
        limit: int | Omit = omit,
        models: SequenceNotStr[str] | Omit = omit,
        page: str | Omit = omit,
        project_ids: SequenceNotStr[str] | Omit = omit,
        user_ids: SequenceNotStr[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UsageEmbeddingsResponse:
        """`GET /organization/usage/embeddings`."""
        response: UsageEmbeddingsResponse = await self._get(
            "/organization/usage/embeddings",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={
                    "start_time": start_time,
                    "api_key_ids": api_key_ids,
                    "bucket_width": bucket_width,
                    "end_time": end_time,
                    "group_by": group_by,
                    "limit": limit,
                    "models": models,
                    "page": page,
                    "project_ids": project_ids,
                    "user_ids": user_ids,
                },
                security={"admin_api_key_auth": True},
            ),
            cast_to=UsageEmbeddingsResponse,
        )
        return response

    async def file_search_calls(
        self,
        *,
        start_time: int,
        api_key_ids: SequenceNotStr[str] | Omit = omit,
        bucket_width: Literal["1m", "1h", "1d"] | Omit = omit,
        end_time: int | Omit = omit,
        group_by: List[Literal["project_id", "user_id", "api_key_id", "vector_store_id"]] | Omit = omit,
        limit: int | Omit = omit,
        page: str | Omit = omit,
        project_ids: SequenceNotStr[str] | Omit = omit,
        user_ids: SequenceNotStr[str] | Omit = omit,
        vector_store_ids: SequenceNotStr[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UsageFileSearchCallsResponse:
        """`GET /organization/usage/file_search_calls`."""
        response: UsageFileSearchCallsResponse = await self._get(
            "/organization/usage/file_search_calls",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={
                    "start_time": start_time,
                    "api_key_ids": api_key_ids,
                    "bucket_width": bucket_width,
                    "end_time": end_time,
                    "group_by": group_by,
                    "limit": limit,
                    "page": page,
                    "project_ids": project_ids,
                    "user_ids": user_ids,
                    "vector_store_ids": vector_store_ids,
                },
                security={"admin_api_key_auth": True},
            ),
            cast_to=UsageFileSearchCallsResponse,
        )
        return response

    async def images(
        self,
        *,
        start_time: int,
        api_key_ids: SequenceNotStr[str] | Omit = omit,
        bucket_width: Literal["1m", "1h", "1d"] | Omit = omit,
        end_time: int | Omit = omit,
        group_by: List[Literal["project_id", "user_id", "api_key_id", "model", "size", "source"]] | Omit = omit,
        limit: int | Omit = omit,
        models: SequenceNotStr[str] | Omit = omit,
        page: str | Omit = omit,
        project_ids: SequenceNotStr[str] | Omit = omit,
        sizes: List[Literal["256x256", "512x512", "1024x1024", "1792x1792", "1024x1792"]] | Omit = omit,
        sources: List[Literal["image.generation", "image.edit", "image.variation"]] | Omit = omit,
        user_ids: SequenceNotStr[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UsageImagesResponse:
        """`GET /organization/usage/images`."""
        response: UsageImagesResponse = await self._get(
            "/organization/usage/images",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={
                    "start_time": start_time,
                    "api_key_ids": api_key_ids,
                    "bucket_width": bucket_width,
                    "end_time": end_time,
                    "group_by": group_by,
                    "limit": limit,
                    "models": models,
                    "page": page,
                    "project_ids": project_ids,
                    "sizes": sizes,
                    "sources": sources,
                    "user_ids": user_ids,
                },
                security={"admin_api_key_auth": True},
            ),
            cast_to=UsageImagesResponse,
        )
        return response

    async def moderations(
        self,
        *,
        start_time: int,
        api_key_ids: SequenceNotStr[str] | Omit = omit,
        bucket_width: Literal["1m", "1h", "1d"] | Omit = omit,
        end_time: int | Omit = omit,
        group_by: List[Literal["project_id", "user_id", "api_key_id", "model"]] | Omit = omit,
        limit: int | Omit = omit,
        models: SequenceNotStr[str] | Omit = omit,
        page: str | Omit = omit,
        project_ids: SequenceNotStr[str] | Omit = omit,
        user_ids: SequenceNotStr[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UsageModerationsResponse:
        """`GET /organization/usage/moderations`."""
        response: UsageModerationsResponse = await self._get(
            "/organization/usage/moderations",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={
                    "start_time": start_time,
                    "api_key_ids": api_key_ids,
                    "bucket_width": bucket_width,
                    "end_time": end_time,
                    "group_by": group_by,
                    "limit": limit,
                    "models": models,
                    "page": page,
                    "project_ids": project_ids,
                    "user_ids": user_ids,
                },
                security={"admin_api_key_auth": True},
            ),
            cast_to=UsageModerationsResponse,
        )
        return response

    async def vector_stores(
        self,
        *,
        start_time: int,
        bucket_width: Literal["1m", "1h", "1d"] | Omit = omit,
        end_time: int | Omit = omit,
        group_by: List[Literal["project_id"]] | Omit = omit,
        limit: int | Omit = omit,
        page: str | Omit = omit,
        project_ids: SequenceNotStr[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UsageVectorStoresResponse:
        """`GET /organization/usage/vector_stores`."""
        response: UsageVectorStoresResponse = await self._get(
            "/organization/usage/vector_stores",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={
                    "start_time": start_time,
                    "bucket_width": bucket_width,
                    "end_time": end_time,
                    "group_by": group_by,
                    "limit": limit,
                    "page": page,
                    "project_ids": project_ids,
                },
                security={"admin_api_key_auth": True},
            ),
            cast_to=UsageVectorStoresResponse,
        )
        return response

    async def web_search_calls(
        self,
        *,
        start_time: int,
        api_key_ids: SequenceNotStr[str] | Omit = omit,
        bucket_width: Literal["1m", "1h", "1d"] | Omit = omit,
        context_levels: List[Literal["low", "medium", "high"]] | Omit = omit,
        end_time: int | Omit = omit,
        group_by: List[Literal["project_id", "user_id", "api_key_id", "model", "context_level"]] | Omit = omit,
        limit: int | Omit = omit,
        models: SequenceNotStr[str] | Omit = omit,
        page: str | Omit = omit,
        project_ids: SequenceNotStr[str] | Omit = omit,
        user_ids: SequenceNotStr[str] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UsageWebSearchCallsResponse:
        """`GET /organization/usage/web_search_calls`."""
        response: UsageWebSearchCallsResponse = await self._get(
            "/organization/usage/web_search_calls",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={
                    "start_time": start_time,
                    "api_key_ids": api_key_ids,
                    "bucket_width": bucket_width,
                    "context_levels": context_levels,
                    "end_time": end_time,
                    "group_by": group_by,
                    "limit": limit,
                    "models": models,
                    "page": page,
                    "project_ids": project_ids,
                    "user_ids": user_ids,
                },
                security={"admin_api_key_auth": True},
            ),
            cast_to=UsageWebSearchCallsResponse,
        )
        return response


class UsageWithRawResponse:
    def __init__(self, usage: Usage) -> None:
        self._usage = usage
        self.audio_speeches = to_raw_response_wrapper(usage.audio_speeches)
        self.audio_transcriptions = to_raw_response_wrapper(usage.audio_transcriptions)
        self.code_interpreter_sessions = to_raw_response_wrapper(usage.code_interpreter_sessions)
        self.completions = to_raw_response_wrapper(usage.completions)
        self.costs = to_raw_response_wrapper(usage.costs)
        self.embeddings = to_raw_response_wrapper(usage.embeddings)
        self.file_search_calls = to_raw_response_wrapper(usage.file_search_calls)
        self.images = to_raw_response_wrapper(usage.images)
        self.moderations = to_raw_response_wrapper(usage.moderations)
        self.vector_stores = to_raw_response_wrapper(usage.vector_stores)
        self.web_search_calls = to_raw_response_wrapper(usage.web_search_calls)


class UsageWithStreamingResponse:
    def __init__(self, usage: Usage) -> None:
        self._usage = usage
        self.audio_speeches = to_streamed_response_wrapper(usage.audio_speeches)
        self.audio_transcriptions = to_streamed_response_wrapper(usage.audio_transcriptions)
        self.code_interpreter_sessions = to_streamed_response_wrapper(usage.code_interpreter_sessions)
        self.completions = to_streamed_response_wrapper(usage.completions)
        self.costs = to_streamed_response_wrapper(usage.costs)
        self.embeddings = to_streamed_response_wrapper(usage.embeddings)
        self.file_search_calls = to_streamed_response_wrapper(usage.file_search_calls)
        self.images = to_streamed_response_wrapper(usage.images)
        self.moderations = to_streamed_response_wrapper(usage.moderations)
        self.vector_stores = to_streamed_response_wrapper(usage.vector_stores)
        self.web_search_calls = to_streamed_response_wrapper(usage.web_search_calls)


class AsyncUsageWithRawResponse:
    def __init__(self, usage: AsyncUsage) -> None:
        self._usage = usage
        self.audio_speeches = async_to_raw_response_wrapper(usage.audio_speeches)
        self.audio_transcriptions = async_to_raw_response_wrapper(usage.audio_transcriptions)
        self.code_interpreter_sessions = async_to_raw_response_wrapper(usage.code_interpreter_sessions)
        self.completions = async_to_raw_response_wrapper(usage.completions)
        self.costs = async_to_raw_response_wrapper(usage.costs)
        self.embeddings = async_to_raw_response_wrapper(usage.embeddings)
        self.file_search_calls = async_to_raw_response_wrapper(usage.file_search_calls)
        self.images = async_to_raw_response_wrapper(usage.images)
        self.moderations = async_to_raw_response_wrapper(usage.moderations)
        self.vector_stores = async_to_raw_response_wrapper(usage.vector_stores)
        self.web_search_calls = async_to_raw_response_wrapper(usage.web_search_calls)


class AsyncUsageWithStreamingResponse:
    def __init__(self, usage: AsyncUsage) -> None:
        self._usage = usage
        self.audio_speeches = async_to_streamed_response_wrapper(usage.audio_speeches)
        self.audio_transcriptions = async_to_streamed_response_wrapper(usage.audio_transcriptions)
        self.code_interpreter_sessions = async_to_streamed_response_wrapper(usage.code_interpreter_sessions)
        self.completions = async_to_streamed_response_wrapper(usage.completions)
        self.costs = async_to_streamed_response_wrapper(usage.costs)
        self.embeddings = async_to_streamed_response_wrapper(usage.embeddings)
        self.file_search_calls = async_to_streamed_response_wrapper(usage.file_search_calls)
        self.images = async_to_streamed_response_wrapper(usage.images)
        self.moderations = async_to_streamed_response_wrapper(usage.moderations)
        self.vector_stores = async_to_streamed_response_wrapper(usage.vector_stores)
        self.web_search_calls = async_to_streamed_response_wrapper(usage.web_search_calls)
