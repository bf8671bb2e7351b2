# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Iterable, TYPE_CHECKING
from typing_extensions import Literal
from functools import cached_property

from ..._async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from ..._options import make_request_options, path_param
from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._sync.response import to_raw_response_wrapper, to_streamed_response_wrapper
from ..._types import NoneType, not_given, omit
from ...pagination import AsyncCursorPage, SyncCursorPage
from ...types.container_create_response import ContainerCreateResponse
from ...types.container_list_response import ContainerListResponse
from ...types.container_retrieve_response import ContainerRetrieveResponse

if TYPE_CHECKING:
    import httpx
    from ..._async.paginator import AsyncPaginator
    from ..._types import Body, Headers, NotGiven, Omit, Query, SequenceNotStr
    from .files.files import (
        AsyncFiles,
        AsyncFilesWithRawResponse,
        AsyncFilesWithStreamingResponse,
        Files,
        FilesWithRawResponse,
        FilesWithStreamingResponse,
    )
    from ...types.container_create_params import ExpiresAfter, NetworkPolicy, Skill

__all__ = ["Containers", "AsyncContainers"]


class Containers(SyncAPIResource):
    @cached_property
    def files(self) -> Files:
        from .files.files import Files

        return Files(self._client)

    @cached_property
    def with_raw_response(self) -> ContainersWithRawResponse:
        return ContainersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ContainersWithStreamingResponse:
        return ContainersWithStreamingResponse(self)

    def create(
        self,
        *,
        name: str,
        expires_after: ExpiresAfter | Omit = omit,
        file_ids: SequenceNotStr[str] | Omit = omit,
        memory_limit: Literal["1g", "4g", "16g", "64g"] | Omit = omit,
        network_policy: NetworkPolicy | Omit = omit,
        skills: Iterable[Skill] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ContainerCreateResponse:
        """`POST /containers`."""
        body = {
            "name": name,
            "expires_after": expires_after,
            "file_ids": file_ids,
            "memory_limit": memory_limit,
            "network_policy": network_policy,
            "skills": skills,
        }
        response: ContainerCreateResponse = self._post(
            "/containers",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=ContainerCreateResponse,
        )
        return response

    def delete(
        self,
        container_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> None:
        """`DELETE /containers/{container_id}`."""
        if not container_id:
            raise ValueError(f"Expected a non-empty value for `container_id` but received {container_id!r}")
        extra_headers = {"Accept": "*/*", **(extra_headers or {})}
        response: None = self._delete(
            f"/containers/{path_param(container_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=NoneType,
        )
        return response

    def list(
        self,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        name: str | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncCursorPage[ContainerListResponse]:
        """`GET /containers`."""
        return self._get_api_list(
            "/containers",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "limit": limit, "name": name, "order": order},
            ),
            page=SyncCursorPage[ContainerListResponse],
            model=ContainerListResponse,
        )

    def retrieve(
        self,
        container_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ContainerRetrieveResponse:
        """`GET /containers/{container_id}`."""
        if not container_id:
            raise ValueError(f"Expected a non-empty value for `container_id` but received {container_id!r}")
        response: ContainerRetrieveResponse = self._get(
            f"/containers/{path_param(container_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=ContainerRetrieveResponse,
        )
        return response


class AsyncContainers(AsyncAPIResource):
    @cached_property
    def files(self) -> AsyncFiles:
        from .files.files import AsyncFiles

        return AsyncFiles(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncContainersWithRawResponse:
        return AsyncContainersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncContainersWithStreamingResponse:
        return AsyncContainersWithStreamingResponse(self)

    async def create(
        self,
        *,
        name: str,
        expires_after: ExpiresAfter | Omit = omit,
        file_ids: SequenceNotStr[str] | Omit = omit,
        memory_limit: Literal["1g", "4g", "16g", "64g"] | Omit = omit,
        network_policy: NetworkPolicy | Omit = omit,
        skills: Iterable[Skill] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ContainerCreateResponse:
        """`POST /containers`."""
        body = {
            "name": name,
            "expires_after": expires_after,
            "file_ids": file_ids,
            "memory_limit": memory_limit,
            "network_policy": network_policy,
            "skills": skills,
        }
        response: ContainerCreateResponse = await self._post(
            "/containers",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=ContainerCreateResponse,
        )
        return response

    async def delete(
        self,
        container_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> None:
        """`DELETE /containers/{container_id}`."""
        if not container_id:
            raise ValueError(f"Expected a non-empty value for `container_id` but received {container_id!r}")
        extra_headers = {"Accept": "*/*", **(extra_headers or {})}
        response: None = await self._delete(
            f"/containers/{path_param(container_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=NoneType,
        )
        return response

    def list(
        self,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        name: str | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[ContainerListResponse, AsyncCursorPage[ContainerListResponse]]:
        """`GET /containers`."""
        return self._get_api_list(
            "/containers",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "limit": limit, "name": name, "order": order},
            ),
            page=AsyncCursorPage[ContainerListResponse],
            model=ContainerListResponse,
        )

    async def retrieve(
        self,
        container_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ContainerRetrieveResponse:
        """`GET /containers/{container_id}`."""
        if not container_id:
            raise ValueError(f"Expected a non-empty value for `container_id` but received {container_id!r}")
        response: ContainerRetrieveResponse = await self._get(
            f"/containers/{path_param(container_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=ContainerRetrieveResponse,
        )
        return response


class ContainersWithRawResponse:
    def __init__(self, containers: Containers) -> None:
        self._containers = containers
        self.create = to_raw_response_wrapper(containers.create)
        self.delete = to_raw_response_wrapper(containers.delete)
        self.list = to_raw_response_wrapper(containers.list)
        self.retrieve = to_raw_response_wrapper(containers.retrieve)

    @cached_property
    def files(self) -> FilesWithRawResponse:
        from .files.files import FilesWithRawResponse

        return FilesWithRawResponse(self._containers.files)


class ContainersWithStreamingResponse:
    def __init__(self, containers: Containers) -> None:
        self._containers = containers
        self.create = to_streamed_response_wrapper(containers.create)
        self.delete = to_streamed_response_wrapper(containers.delete)
        self.list = to_streamed_response_wrapper(containers.list)
        self.retrieve = to_streamed_response_wrapper(containers.retrieve)

    @cached_property
    def files(self) -> FilesWithStreamingResponse:
        from .files.files import FilesWithStreamingResponse

        return FilesWithStreamingResponse(self._containers.files)


class AsyncContainersWithRawResponse:
    def __init__(self, containers: AsyncContainers) -> None:
        self._containers = containers
        self.create = async_to_raw_response_wrapper(containers.create)
        self.delete = async_to_raw_response_wrapper(containers.delete)
        self.list = async_to_raw_response_wrapper(containers.list)
        self.retrieve = async_to_raw_response_wrapper(containers.retrieve)

    @cached_property
    def files(self) -> AsyncFilesWithRawResponse:
        from .files.files import AsyncFilesWithRawResponse

        return AsyncFilesWithRawResponse(self._containers.files)


class AsyncContainersWithStreamingResponse:
    def __init__(self, containers: AsyncContainers) -> None:
        self._containers = containers
        self.create = async_to_streamed_response_wrapper(containers.create)
        self.delete = async_to_streamed_response_wrapper(containers.delete)
        self.list = async_to_streamed_response_wrapper(containers.list)
        self.retrieve = async_to_streamed_response_wrapper(containers.retrieve)

    @cached_property
    def files(self) -> AsyncFilesWithStreamingResponse:
        from .files.files import AsyncFilesWithStreamingResponse

        return AsyncFilesWithStreamingResponse(self._containers.files)
