# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Optional, TYPE_CHECKING
from functools import cached_property

from ....._async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from ....._options import make_request_options, path_param
from ....._resource import AsyncAPIResource, SyncAPIResource
from ....._sync.response import to_raw_response_wrapper, to_streamed_response_wrapper
from ....._types import not_given, omit
from .....types.admin.organization.projects.project_hosted_tool_permissions import ProjectHostedToolPermissions

if TYPE_CHECKING:
    import httpx
    from ....._types import Body, Headers, NotGiven, Omit, Query
    from .....types.admin.organization.projects.hosted_tool_permission_update_params import (
        CodeInterpreter,
        FileSearch,
        ImageGeneration,
        Mcp,
        WebSearch,
    )

__all__ = ["HostedToolPermissions", "AsyncHostedToolPermissions"]


class HostedToolPermissions(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> HostedToolPermissionsWithRawResponse:
        return HostedToolPermissionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> HostedToolPermissionsWithStreamingResponse:
        return HostedToolPermissionsWithStreamingResponse(self)

    def retrieve(
        self,
        project_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectHostedToolPermissions:
        """`GET /organization/projects/{project_id}/hosted_tool_permissions`."""
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        response: ProjectHostedToolPermissions = self._get(
            f"/organization/projects/{path_param(project_id)}/hosted_tool_permissions",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=ProjectHostedToolPermissions,
        )
        return response

    def update(
        self,
        project_id: str,
        *,
        code_interpreter: Optional[CodeInterpreter] | Omit = omit,
        file_search: Optional[FileSearch] | Omit = omit,
        image_generation: Optional[ImageGeneration] | Omit = omit,
        mcp: Optional[Mcp] | Omit = omit,
        web_search: Optional[WebSearch] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectHostedToolPermissions:
        """`POST /organization/projects/{project_id}/hosted_tool_permissions`."""
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        body = {
            "code_interpreter": code_interpreter,
            "file_search": file_search,
            "image_generation": image_generation,
            "mcp": mcp,
            "web_search": web_search,
        }
        response: ProjectHostedToolPermissions = self._post(
            f"/organization/projects/{path_param(project_id)}/hosted_tool_permissions",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=ProjectHostedToolPermissions,
        )
        return response


class AsyncHostedToolPermissions(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncHostedToolPermissionsWithRawResponse:
        return AsyncHostedToolPermissionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncHostedToolPermissionsWithStreamingResponse:
        return AsyncHostedToolPermissionsWithStreamingResponse(self)

    async def retrieve(
        self,
        project_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectHostedToolPermissions:
        """`GET /organization/projects/{project_id}/hosted_tool_permissions`."""
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        response: ProjectHostedToolPermissions = await self._get(
            f"/organization/projects/{path_param(project_id)}/hosted_tool_permissions",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=ProjectHostedToolPermissions,
        )
        return response

    async def update(
        self,
        project_id: str,
        *,
        code_interpreter: Optional[CodeInterpreter] | Omit = omit,
        file_search: Optional[FileSearch] | Omit = omit,
        image_generation: Optional[ImageGeneration] | Omit = omit,
        mcp: Optional[Mcp] | Omit = omit,
        web_search: Optional[WebSearch] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectHostedToolPermissions:
        """`POST /organization/projects/{project_id}/hosted_tool_permissions`."""
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        body = {
            "code_interpreter": code_interpreter,
            "file_search": file_search,
            "image_generation": image_generation,
            "mcp": mcp,
            "web_search": web_search,
        }
        response: ProjectHostedToolPermissions = await self._post(
            f"/organization/projects/{path_param(project_id)}/hosted_tool_permissions",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=ProjectHostedToolPermissions,
        )
        return response


class HostedToolPermissionsWithRawResponse:
    def __init__(self, hosted_tool_permissions: HostedToolPermissions) -> None:
        self._hosted_tool_permissions = hosted_tool_permissions
        self.retrieve = to_raw_response_wrapper(hosted_tool_permissions.retrieve)
        self.update = to_raw_response_wrapper(hosted_tool_permissions.update)


class HostedToolPermissionsWithStreamingResponse:
    def __init__(self, hosted_tool_permissions: HostedToolPermissions) -> None:
        self._hosted_tool_permissions = hosted_tool_permissions
        self.retrieve = to_streamed_response_wrapper(hosted_tool_permissions.retrieve)
        self.update = to_streamed_response_wrapper(hosted_tool_permissions.update)


class AsyncHostedToolPermissionsWithRawResponse:
    def __init__(self, hosted_tool_permissions: AsyncHostedToolPermissions) -> None:
        self._hosted_tool_permissions = hosted_tool_permissions
        self.retrieve = async_to_raw_response_wrapper(hosted_tool_permissions.retrieve)
        self.update = async_to_raw_response_wrapper(hosted_tool_permissions.update)


class AsyncHostedToolPermissionsWithStreamingResponse:
    def __init__(self, hosted_tool_permissions: AsyncHostedToolPermissions) -> None:
        self._hosted_tool_permissions = hosted_tool_permissions
        self.retrieve = async_to_streamed_response_wrapper(hosted_tool_permissions.retrieve)
        self.update = async_to_streamed_response_wrapper(hosted_tool_permissions.update)
