# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import TYPE_CHECKING, Union
from typing_extensions import Literal
from functools import cached_property

from ..._async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from ..._files import split_files
from ..._options import make_request_options, path_param
from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._sync.response import to_raw_response_wrapper, to_streamed_response_wrapper
from ..._types import not_given, omit
from ...pagination import AsyncCursorPage, SyncCursorPage
from ...types.deleted_skill import DeletedSkill
from ...types.skill import Skill

if TYPE_CHECKING:
    import httpx
    from ..._async.paginator import AsyncPaginator
    from ..._types import Body, FileTypes, Headers, NotGiven, Omit, Query, SequenceNotStr
    from .content import (
        AsyncContent,
        AsyncContentWithRawResponse,
        AsyncContentWithStreamingResponse,
        Content,
        ContentWithRawResponse,
        ContentWithStreamingResponse,
    )
    from .versions.versions import (
        AsyncVersions,
        AsyncVersionsWithRawResponse,
        AsyncVersionsWithStreamingResponse,
        Versions,
        VersionsWithRawResponse,
        VersionsWithStreamingResponse,
    )

__all__ = ["Skills", "AsyncSkills"]


class Skills(SyncAPIResource):
    @cached_property
    def content(self) -> Content:
        from .content import Content

        return Content(self._client)

    @cached_property
    def versions(self) -> Versions:
        from .versions.versions import Versions

        return Versions(self._client)

    @cached_property
    def with_raw_response(self) -> SkillsWithRawResponse:
        return SkillsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> SkillsWithStreamingResponse:
        return SkillsWithStreamingResponse(self)

    def create(
        self,
        *,
        files: Union[SequenceNotStr[FileTypes], FileTypes] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Skill:
        """`POST /skills`."""
        body, files = split_files({"files": files}, ["files"])
        response: Skill = self._post(
            "/skills",
            body=body,
            files=files or None,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Skill,
        )
        return response

    def delete(
        self,
        skill_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> DeletedSkill:
        """`DELETE /skills/{skill_id}`."""
        if not skill_id:
            raise ValueError(f"Expected a non-empty value for `skill_id` but received {skill_id!r}")
        response: DeletedSkill = self._delete(
            f"/skills/{path_param(skill_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=DeletedSkill,
        )
        return response

    def list(
        self,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncCursorPage[Skill]:
        """`GET /skills`."""
        return self._get_api_list(
            "/skills",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "limit": limit, "order": order},
            ),
            page=SyncCursorPage[Skill],
            model=Skill,
        )

    def retrieve(
        self,
        skill_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Skill:
        """`GET /skills/{skill_id}`."""
        if not skill_id:
            raise ValueError(f"Expected a non-empty value for `skill_id` but received {skill_id!r}")
        response: Skill = self._get(
            f"/skills/{path_param(skill_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Skill,
        )
        return response

    def update(
        self,
        skill_id: str,
        *,
        default_version: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Skill:
        """`POST /skills/{skill_id}`."""
        if not skill_id:
            raise ValueError(f"Expected a non-empty value for `skill_id` but received {skill_id!r}")
        body = {"default_version": default_version}
        response: Skill = self._post(
            f"/skills/{path_param(skill_id)}",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Skill,
        )
        return response


class AsyncSkills(AsyncAPIResource):
    @cached_property
    def content(self) -> AsyncContent:
        from .content import AsyncContent

        return AsyncContent(self._client)

    @cached_property
    def versions(self) -> AsyncVersions:
        from .versions.versions import AsyncVersions

        return AsyncVersions(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncSkillsWithRawResponse:
        return AsyncSkillsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncSkillsWithStreamingResponse:
        return AsyncSkillsWithStreamingResponse(self)

    async def create(
        self,
        *,
        files: Union[SequenceNotStr[FileTypes], FileTypes] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Skill:
        """`POST /skills`."""
        body, files = split_files({"files": files}, ["files"])
        response: Skill = await self._post(
            "/skills",
            body=body,
            files=files or None,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Skill,
        )
        return response

    async def delete(
        self,
        skill_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> DeletedSkill:
        """`DELETE /skills/{skill_id}`."""
        if not skill_id:
            raise ValueError(f"Expected a non-empty value for `skill_id` but received {skill_id!r}")
        response: DeletedSkill = await self._delete(
            f"/skills/{path_param(skill_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=DeletedSkill,
        )
        return response

    def list(
        self,
        *,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[Skill, AsyncCursorPage[Skill]]:
        """`GET /skills`."""
        return self._get_api_list(
            "/skills",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "limit": limit, "order": order},
            ),
            page=AsyncCursorPage[Skill],
            model=Skill,
        )

    async def retrieve(
        self,
        skill_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Skill:
        """`GET /skills/{skill_id}`."""
        if not skill_id:
            raise ValueError(f"Expected a non-empty value for `skill_id` but received {skill_id!r}")
        response: Skill = await self._get(
            f"/skills/{path_param(skill_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Skill,
        )
        return response

    async def update(
        self,
        skill_id: str,
        *,
        default_version: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Skill:
        """`POST /skills/{skill_id}`."""
        if not skill_id:
            raise ValueError(f"Expected a non-empty value for `skill_id` but received {skill_id!r}")
        body = {"default_version": default_version}
        response: Skill = await self._post(
            f"/skills/{path_param(skill_id)}",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Skill,
        )
        return response


class SkillsWithRawResponse:
    def __init__(self, skills: Skills) -> None:
        self._skills = skills
        self.create = to_raw_response_wrapper(skills.create)
        self.delete = to_raw_response_wrapper(skills.delete)
        self.list = to_raw_response_wrapper(skills.list)
        self.retrieve = to_raw_response_wrapper(skills.retrieve)
        self.update = to_raw_response_wrapper(skills.update)

    @cached_property
    def content(self) -> ContentWithRawResponse:
        from .content import ContentWithRawResponse

        return ContentWithRawResponse(self._skills.content)

    @cached_property
    def versions(self) -> VersionsWithRawResponse:
        from .versions.versions import VersionsWithRawResponse

        return VersionsWithRawResponse(self._skills.versions)


class SkillsWithStreamingResponse:
    def __init__(self, skills: Skills) -> None:
        self._skills = skills
        self.create = to_streamed_response_wrapper(skills.create)
        self.delete = to_streamed_response_wrapper(skills.delete)
        self.list = to_streamed_response_wrapper(skills.list)
        self.retrieve = to_streamed_response_wrapper(skills.retrieve)
        self.update = to_streamed_response_wrapper(skills.update)

    @cached_property
    def content(self) -> ContentWithStreamingResponse:
        from .content import ContentWithStreamingResponse

        return ContentWithStreamingResponse(self._skills.content)

    @cached_property
    def versions(self) -> VersionsWithStreamingResponse:
        from .versions.versions import VersionsWithStreamingResponse

        return VersionsWithStreamingResponse(self._skills.versions)


class AsyncSkillsWithRawResponse:
    def __init__(self, skills: AsyncSkills) -> None:
        self._skills = skills
        self.create = async_to_raw_response_wrapper(skills.create)
        self.delete = async_to_raw_response_wrapper(skills.delete)
        self.list = async_to_raw_response_wrapper(skills.list)
        self.retrieve = async_to_raw_response_wrapper(skills.retrieve)
        self.update = async_to_raw_response_wrapper(skills.update)

    @cached_property
    def content(self) -> AsyncContentWithRawResponse:
        from .content import AsyncContentWithRawResponse

        return AsyncContentWithRawResponse(self._skills.content)

    @cached_property
    def versions(self) -> AsyncVersionsWithRawResponse:
        from .versions.versions import AsyncVersionsWithRawResponse

        return AsyncVersionsWithRawResponse(self._skills.versions)


class AsyncSkillsWithStreamingResponse:
    def __init__(self, skills: AsyncSkills) -> None:
        self._skills = skills
        self.create = async_to_streamed_response_wrapper(skills.create)
        self.delete = async_to_streamed_response_wrapper(skills.delete)
        self.list = async_to_streamed_response_wrapper(skills.list)
        self.retrieve = async_to_streamed_response_wrapper(skills.retrieve)
        self.update = async_to_streamed_response_wrapper(skills.update)

    @cached_property
    def content(self) -> AsyncContentWithStreamingResponse:
        from .content import AsyncContentWithStreamingResponse

        return AsyncContentWithStreamingResponse(self._skills.content)

    @cached_property
    def versions(self) -> AsyncVersionsWithStreamingResponse:
        from .versions.versions import AsyncVersionsWithStreamingResponse

        return AsyncVersionsWithStreamingResponse(self._skills.versions)
