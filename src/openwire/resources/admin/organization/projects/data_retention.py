# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import TYPE_CHECKING
from typing_extensions import Literal
from functools import cached_property

from ....._async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from ....._options import make_request_options, path_param
from ....._resource import AsyncAPIResource, SyncAPIResource
from ....._sync.response import to_raw_response_wrapper, to_streamed_response_wrapper
from ....._types import not_given, omit
from .....types.admin.organization.projects.project_data_retention import ProjectDataRetention

if TYPE_CHECKING:
    import httpx
    from ....._types import Body, Headers, NotGiven, Omit, Query

__all__ = ["DataRetention", "AsyncDataRetention"]


class DataRetention(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> DataRetentionWithRawResponse:
        return DataRetentionWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> DataRetentionWithStreamingResponse:
        return DataRetentionWithStreamingResponse(self)

    def retrieve(
        self,
        project_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectDataRetention:
        """`GET /organization/projects/{project_id}/data_retention`."""
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        response: ProjectDataRetention = self._get(
            f"/organization/projects/{path_param(project_id)}/data_retention",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=ProjectDataRetention,
        )
        return response

    def update(
        self,
        project_id: str,
        *,
        retention_type: Literal[
            "organization_default",
            "none",
            "zero_data_retention",
            "modified_abuse_monitoring",
            "enhanced_zero_data_retention",
            "enhanced_modified_abuse_monitoring",
        ],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectDataRetention:
        """`POST /organization/projects/{project_id}/data_retention`."""
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        body = {"retention_type": retention_type}
        response: ProjectDataRetention = self._post(
            f"/organization/projects/{path_param(project_id)}/data_retention",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=ProjectDataRetention,
        )
        return response


class AsyncDataRetention(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncDataRetentionWithRawResponse:
        return AsyncDataRetentionWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncDataRetentionWithStreamingResponse:
        return AsyncDataRetentionWithStreamingResponse(self)

    async def retrieve(
        self,
        project_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectDataRetention:
        """`GET /organization/projects/{project_id}/data_retention`."""
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        response: ProjectDataRetention = await self._get(
            f"/organization/projects/{path_param(project_id)}/data_retention",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=ProjectDataRetention,
        )
        return response

    async def update(
        self,
        project_id: str,
        *,
        retention_type: Literal[
            "organization_default",
            "none",
            "zero_data_retention",
            "modified_abuse_monitoring",
            "enhanced_zero_data_retention",
            "enhanced_modified_abuse_monitoring",
        ],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectDataRetention:
        """`POST /organization/projects/{project_id}/data_retention`."""
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        body = {"retention_type": retention_type}
        response: ProjectDataRetention = await self._post(
            f"/organization/projects/{path_param(project_id)}/data_retention",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=ProjectDataRetention,
        )
        return response


class DataRetentionWithRawResponse:
    def __init__(self, data_retention: DataRetention) -> None:
        self._data_retention = data_retention
        self.retrieve = to_raw_response_wrapper(data_retention.retrieve)
        self.update = to_raw_response_wrapper(data_retention.update)


class DataRetentionWithStreamingResponse:
    def __init__(self, data_retention: DataRetention) -> None:
        self._data_retention = data_retention
        self.retrieve = to_streamed_response_wrapper(data_retention.retrieve)
        self.update = to_streamed_response_wrapper(data_retention.update)


class AsyncDataRetentionWithRawResponse:
    def __init__(self, data_retention: AsyncDataRetention) -> None:
        self._data_retention = data_retention
        self.retrieve = async_to_raw_response_wrapper(data_retention.retrieve)
        self.update = async_to_raw_response_wrapper(data_retention.update)


class AsyncDataRetentionWithStreamingResponse:
    def __init__(self, data_retention: AsyncDataRetention) -> None:
        self._data_retention = data_retention
        self.retrieve = async_to_streamed_response_wrapper(data_retention.retrieve)
        self.update = async_to_streamed_response_wrapper(data_retention.update)
