# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import TYPE_CHECKING, Union
from typing_extensions import Literal
from functools import cached_property

from ...._async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from ...._files import split_files
from ...._options import make_request_options, path_param
from ...._resource import AsyncAPIResource, SyncAPIResource
from ...._sync.response import to_raw_response_wrapper, to_streamed_response_wrapper
from ...._types import not_given, omit
from ....pagination import AsyncCursorPage, SyncCursorPage
from ....types.skills.deleted_skill_version import DeletedSkillVersion
from ....types.skills.skill_version import SkillVersion

if TYPE_CHECKING:
    import httpx
    from ...._async.paginator import AsyncPaginator
    from ...._types import Body, FileTypes, Headers, NotGiven, Omit, Query, SequenceNotStr
    from .content import (
        AsyncContent,
        AsyncContentWithRawResponse,
        AsyncContentWithStreamingResponse,
        Content,
        ContentWithRawResponse,
        ContentWithStreamingResponse,
    )

__all__ = ["Versions", "AsyncVersions"]


class Versions(SyncAPIResource):
    @cached_property
    def content(self) -> Content:
        from .content import Content

        return Content(self._client)

    @cached_property
    def with_raw_response(self) -> VersionsWithRawResponse:
        return VersionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> VersionsWithStreamingResponse:
        return VersionsWithStreamingResponse(self)

    def create(
        self,
        skill_id: str,
        *,
        default: bool | Omit = omit,
        files: Union[SequenceNotStr[FileTypes], FileTypes] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SkillVersion:
        """`POST /skills/{skill_id}/versions`."""
        if not skill_id:
            raise ValueError(f"Expected a non-empty value for `skill_id` but received {skill_id!r}")
        body, files = split_files({"default": default, "files": files}, ["files"])
        response: SkillVersion = self._post(
            f"/skills/{path_param(skill_id)}/versions",
            body=body,
            files=files or None,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=SkillVersion,
        )
        return response

    def delete(
        self,
        version: str,
        *,
        skill_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> DeletedSkillVersion:
        """`DELETE /skills/{skill_id}/versions/{version}`."""
        if not version:
            raise ValueError(f"Expected a non-empty value for `version` but received {version!r}")
        if not skill_id:
            raise ValueError(f"Expected a non-empty value for `skill_id` but received {skill_id!r}")
        response: DeletedSkillVersion = self._delete(
            f"/skills/{path_param(skill_id)}/versions/{path_param(version)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=DeletedSkillVersion,
        )
        return response

    def list(
        self,
        skill_id: str,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncCursorPage[SkillVersion]:
        """`GET /skills/{skill_id}/versions`."""
        if not skill_id:
            raise ValueError(f"Expected a non-empty value for `skill_id` but received {skill_id!r}")
        return self._get_api_list(
            f"/skills/{path_param(skill_id)}/versions",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "limit": limit, "order": order},
            ),
            page=SyncCursorPage[SkillVersion],
            model=SkillVersion,
        )

    def retrieve(
        self,
        version: str,
        *,
        skill_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SkillVersion:
        """`GET /skills/{skill_id}/versions/{version}`."""
        if not version:
            raise ValueError(f"Expected a non-empty value for `version` but received {version!r}")
        if not skill_id:
            raise ValueError(f"Expected a non-empty value for `skill_id` but received {skill_id!r}")
        response: SkillVersion = self._get(
            f"/skills/{path_param(skill_id)}/versions/{path_param(version)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=SkillVersion,
        )
        return response


class AsyncVersions(AsyncAPIResource):
    @cached_property
    def content(self) -> AsyncContent:
        from .content import AsyncContent

        return AsyncContent(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncVersionsWithRawResponse:
        return AsyncVersionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncVersionsWithStreamingResponse:
        return AsyncVersionsWithStreamingResponse(self)

    async def create(
        self,
        skill_id: str,
        *,
        default: bool | Omit = omit,
        files: Union[SequenceNotStr[FileTypes], FileTypes] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SkillVersion:
        """`POST /skills/{skill_id}/versions`."""
        if not skill_id:
            raise ValueError(f"Expected a non-empty value for `skill_id` but received {skill_id!r}")
        body, files = split_files({"default": default, "files": files}, ["files"])
        response: SkillVersion = await self._post(
            f"/skills/{path_param(skill_id)}/versions",
            body=body,
            files=files or None,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=SkillVersion,
        )
        return response

    async def delete(
        self,
        version: str,
        *,
        skill_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> DeletedSkillVersion:
        """`DELETE /skills/{skill_id}/versions/{version}`."""
        if not version:
            raise ValueError(f"Expected a non-empty value for `version` but received {version!r}")
        if not skill_id:
            raise ValueError(f"Expected a non-empty value for `skill_id` but received {skill_id!r}")
        response: DeletedSkillVersion = await self._delete(
            f"/skills/{path_param(skill_id)}/versions/{path_param(version)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=DeletedSkillVersion,
        )
        return response

    def list(
        self,
        skill_id: str,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[SkillVersion, AsyncCursorPage[SkillVersion]]:
        """`GET /skills/{skill_id}/versions`."""
        if not skill_id:
            raise ValueError(f"Expected a non-empty value for `skill_id` but received {skill_id!r}")
        return self._get_api_list(
            f"/skills/{path_param(skill_id)}/versions",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "limit": limit, "order": order},
            ),
            page=AsyncCursorPage[SkillVersion],
            model=SkillVersion,
        )

    async def retrieve(
        self,
        version: str,
        *,
        skill_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SkillVersion:
        """`GET /skills/{skill_id}/versions/{version}`."""
        if not version:
            raise ValueError(f"Expected a non-empty value for `version` but received {version!r}")
        if not skill_id:
            raise ValueError(f"Expected a non-empty value for `skill_id` but received {skill_id!r}")
        response: SkillVersion = await self._get(
            f"/skills/{path_param(skill_id)}/versions/{path_param(version)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=SkillVersion,
        )
        return response


class VersionsWithRawResponse:
    def __init__(self, versions: Versions) -> None:
        self._versions = versions
        self.create = to_raw_response_wrapper(versions.create)
        self.delete = to_raw_response_wrapper(versions.delete)
        self.list = to_raw_response_wrapper(versions.list)
        self.retrieve = to_raw_response_wrapper(versions.retrieve)

    @cached_property
    def content(self) -> ContentWithRawResponse:
        from .content import ContentWithRawResponse

        return ContentWithRawResponse(self._versions.content)


class VersionsWithStreamingResponse:
    def __init__(self, versions: Versions) -> None:
        self._versions = versions
        self.create = to_streamed_response_wrapper(versions.create)
        self.delete = to_streamed_response_wrapper(versions.delete)
        self.list = to_streamed_response_wrapper(versions.list)
        self.retrieve = to_streamed_response_wrapper(versions.retrieve)

    @cached_property
    def content(self) -> ContentWithStreamingResponse:
        from .content import ContentWithStreamingResponse

        return ContentWithStreamingResponse(self._versions.content)


class AsyncVersionsWithRawResponse:
    def __init__(self, versions: AsyncVersions) -> None:
        self._versions = versions
        self.create = async_to_raw_response_wrapper(versions.create)
        self.delete = async_to_raw_response_wrapper(versions.delete)
        self.list = async_to_raw_response_wrapper(versions.list)
        self.retrieve = async_to_raw_response_wrapper(versions.retrieve)

    @cached_property
    def content(self) -> AsyncContentWithRawResponse:
        from .content import AsyncContentWithRawResponse

        return AsyncContentWithRawResponse(self._versions.content)


class AsyncVersionsWithStreamingResponse:
    def __init__(self, versions: AsyncVersions) -> None:
        self._versions = versions
        self.create = async_to_streamed_response_wrapper(versions.create)
        self.delete = async_to_streamed_response_wrapper(versions.delete)
        self.list = async_to_streamed_response_wrapper(versions.list)
        self.retrieve = async_to_streamed_response_wrapper(versions.retrieve)

    @cached_property
    def content(self) -> AsyncContentWithStreamingResponse:
        from .content import AsyncContentWithStreamingResponse

        return AsyncContentWithStreamingResponse(self._versions.content)
