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
from .....types.admin.organization.projects.project_model_permissions import ProjectModelPermissions
from .....types.admin.organization.projects.project_model_permissions_deleted import ProjectModelPermissionsDeleted

if TYPE_CHECKING:
    import httpx
    from ....._types import Body, Headers, NotGiven, Omit, Query, SequenceNotStr

__all__ = ["ModelPermissions", "AsyncModelPermissions"]


class ModelPermissions(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> ModelPermissionsWithRawResponse:
        return ModelPermissionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ModelPermissionsWithStreamingResponse:
        return ModelPermissionsWithStreamingResponse(self)

    def delete(
        self,
        project_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectModelPermissionsDeleted:
        """`DELETE /organization/projects/{project_id}/model_permissions`."""
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        response: ProjectModelPermissionsDeleted = self._delete(
            f"/organization/projects/{path_param(project_id)}/model_permissions",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=ProjectModelPermissionsDeleted,
        )
        return response

    def retrieve(
        self,
        project_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectModelPermissions:
        """`GET /organization/projects/{project_id}/model_permissions`."""
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        response: ProjectModelPermissions = self._get(
            f"/organization/projects/{path_param(project_id)}/model_permissions",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=ProjectModelPermissions,
        )
        return response

    def update(
        self,
        project_id: str,
        *,
        mode: Literal["allow_list", "deny_list"],
        model_ids: SequenceNotStr[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectModelPermissions:
        """`POST /organization/projects/{project_id}/model_permissions`."""
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        body = {"mode": mode, "model_ids": model_ids}
        response: ProjectModelPermissions = self._post(
            f"/organization/projects/{path_param(project_id)}/model_permissions",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=ProjectModelPermissions,
        )
        return response


class AsyncModelPermissions(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncModelPermissionsWithRawResponse:
        return AsyncModelPermissionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncModelPermissionsWithStreamingResponse:
        return AsyncModelPermissionsWithStreamingResponse(self)

    async def delete(
        self,
        project_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectModelPermissionsDeleted:
        """`DELETE /organization/projects/{project_id}/model_permissions`."""
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        response: ProjectModelPermissionsDeleted = await self._delete(
            f"/organization/projects/{path_param(project_id)}/model_permissions",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=ProjectModelPermissionsDeleted,
        )
        return response

    async def retrieve(
        self,
        project_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectModelPermissions:
        """`GET /organization/projects/{project_id}/model_permissions`."""
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        response: ProjectModelPermissions = await self._get(
            f"/organization/projects/{path_param(project_id)}/model_permissions",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=ProjectModelPermissions,
        )
        return response

    async def update(
        self,
        project_id: str,
        *,
        mode: Literal["allow_list", "deny_list"],
        model_ids: SequenceNotStr[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ProjectModelPermissions:
        """`POST /organization/projects/{project_id}/model_permissions`."""
        if not project_id:
            raise ValueError(f"Expected a non-empty value for `project_id` but received {project_id!r}")
        body = {"mode": mode, "model_ids": model_ids}
        response: ProjectModelPermissions = await self._post(
            f"/organization/projects/{path_param(project_id)}/model_permissions",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                security={"admin_api_key_auth": True},
            ),
            cast_to=ProjectModelPermissions,
        )
        return response


class ModelPermissionsWithRawResponse:
    def __init__(self, model_permissions: ModelPermissions) -> None:
        self._model_permissions = model_permissions
        self.delete = to_raw_response_wrapper(model_permissions.delete)
        self.retrieve = to_raw_response_wrapper(model_permissions.retrieve)
        self.update = to_raw_response_wrapper(model_permissions.update)


class ModelPermissionsWithStreamingResponse:
    def __init__(self, model_permissions: ModelPermissions) -> None:
        self._model_permissions = model_permissions
        self.delete = to_streamed_response_wrapper(model_permissions.delete)
        self.retrieve = to_streamed_response_wrapper(model_permissions.retrieve)
        self.update = to_streamed_response_wrapper(model_permissions.update)


class AsyncModelPermissionsWithRawResponse:
    def __init__(self, model_permissions: AsyncModelPermissions) -> None:
        self._model_permissions = model_permissions
        self.delete = async_to_raw_response_wrapper(model_permissions.delete)
        self.retrieve = async_to_raw_response_wrapper(model_permissions.retrieve)
        self.update = async_to_raw_response_wrapper(model_permissions.update)


class AsyncModelPermissionsWithStreamingResponse:
    def __init__(self, model_permissions: AsyncModelPermissions) -> None:
        self._model_permissions = model_permissions
        self.delete = async_to_streamed_response_wrapper(model_permissions.delete)
        self.retrieve = async_to_streamed_response_wrapper(model_permissions.retrieve)
        self.update = async_to_streamed_response_wrapper(model_permissions.update)
