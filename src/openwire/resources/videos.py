# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import TYPE_CHECKING
from typing_extensions import Literal
from functools import cached_property

from .._async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from .._binary import HttpxBinaryResponseContent
from .._files import split_files
from .._options import make_request_options, path_param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._sync.response import to_raw_response_wrapper, to_streamed_response_wrapper
from .._types import not_given, omit
from ..lib._async.video_helpers import AsyncVideosHelpers
from ..lib._sync.video_helpers import VideosHelpers
from ..pagination import AsyncConversationCursorPage, SyncConversationCursorPage
from ..types.video import Video
from ..types.video_create_character_response import VideoCreateCharacterResponse
from ..types.video_delete_response import VideoDeleteResponse
from ..types.video_get_character_response import VideoGetCharacterResponse

if TYPE_CHECKING:
    import httpx
    from .._async.paginator import AsyncPaginator
    from .._types import Body, FileTypes, Headers, NotGiven, Omit, Query
    from ..types.video_create_params import InputReference
    from ..types.video_edit_params import Video as VideoEditParamsVideo
    from ..types.video_extend_params import Video as VideoExtendParamsVideo
    from ..types.video_model import VideoModel
    from ..types.video_seconds import VideoSeconds
    from ..types.video_size import VideoSize

__all__ = ["Videos", "AsyncVideos"]


class Videos(VideosHelpers, SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> VideosWithRawResponse:
        return VideosWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> VideosWithStreamingResponse:
        return VideosWithStreamingResponse(self)

    def create(
        self,
        *,
        prompt: str,
        input_reference: InputReference | Omit = omit,
        model: VideoModel | Omit = omit,
        seconds: VideoSeconds | Omit = omit,
        size: VideoSize | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Video:
        """`POST /videos`."""
        body, files = split_files(
            {"prompt": prompt, "input_reference": input_reference, "model": model, "seconds": seconds, "size": size},
            ["input_reference"],
        )
        response: Video = self._post(
            "/videos",
            body=body,
            files=files,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Video,
        )
        return response

    def create_character(
        self,
        *,
        name: str,
        video: FileTypes,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VideoCreateCharacterResponse:
        """`POST /videos/characters`."""
        body, files = split_files({"name": name, "video": video}, ["video"])
        response: VideoCreateCharacterResponse = self._post(
            "/videos/characters",
            body=body,
            files=files,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=VideoCreateCharacterResponse,
        )
        return response

    def delete(
        self,
        video_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VideoDeleteResponse:
        """`DELETE /videos/{video_id}`."""
        if not video_id:
            raise ValueError(f"Expected a non-empty value for `video_id` but received {video_id!r}")
        response: VideoDeleteResponse = self._delete(
            f"/videos/{path_param(video_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=VideoDeleteResponse,
        )
        return response

    def download_content(
        self,
        video_id: str,
        *,
        variant: Literal["video", "thumbnail", "spritesheet"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> HttpxBinaryResponseContent:
        """`GET /videos/{video_id}/content`."""
        if not video_id:
            raise ValueError(f"Expected a non-empty value for `video_id` but received {video_id!r}")
        extra_headers = {"Accept": "application/binary", **(extra_headers or {})}
        response: HttpxBinaryResponseContent = self._get(
            f"/videos/{path_param(video_id)}/content",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"variant": variant},
            ),
            cast_to=HttpxBinaryResponseContent,
        )
        return response

    def edit(
        self,
        *,
        prompt: str,
        video: VideoEditParamsVideo,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Video:
        """`POST /videos/edits`."""
        body, files = split_files({"prompt": prompt, "video": video}, ["video"])
        response: Video = self._post(
            "/videos/edits",
            body=body,
            files=files,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Video,
        )
        return response

    def extend(
        self,
        *,
        prompt: str,
        seconds: VideoSeconds,
        video: VideoExtendParamsVideo,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Video:
        """`POST /videos/extensions`."""
        body, files = split_files({"prompt": prompt, "seconds": seconds, "video": video}, ["video"])
        response: Video = self._post(
            "/videos/extensions",
            body=body,
            files=files,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Video,
        )
        return response

    def get_character(
        self,
        character_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VideoGetCharacterResponse:
        """`GET /videos/characters/{character_id}`."""
        if not character_id:
            raise ValueError(f"Expected a non-empty value for `character_id` but received {character_id!r}")
        response: VideoGetCharacterResponse = self._get(
            f"/videos/characters/{path_param(character_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=VideoGetCharacterResponse,
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
    ) -> SyncConversationCursorPage[Video]:
        """`GET /videos`."""
        return self._get_api_list(
            "/videos",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "limit": limit, "order": order},
            ),
            page=SyncConversationCursorPage[Video],
            model=Video,
        )

    def remix(
        self,
        video_id: str,
        *,
        prompt: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Video:
        """`POST /videos/{video_id}/remix`."""
        if not video_id:
            raise ValueError(f"Expected a non-empty value for `video_id` but received {video_id!r}")
        body, files = split_files({"prompt": prompt}, [])
        response: Video = self._post(
            f"/videos/{path_param(video_id)}/remix",
            body=body,
            files=files or None,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Video,
        )
        return response

    def retrieve(
        self,
        video_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Video:
        """`GET /videos/{video_id}`."""
        if not video_id:
            raise ValueError(f"Expected a non-empty value for `video_id` but received {video_id!r}")
        response: Video = self._get(
            f"/videos/{path_param(video_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Video,
        )
        return response

    def create_and_poll(
        self,
        *,
        prompt: str,
        input_reference: InputReference | Omit = omit,
        model: VideoModel | Omit = omit,
        seconds: VideoSeconds | Omit = omit,
        size: VideoSize | Omit = omit,
        poll_interval_ms: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Video:
        """Create a video, then wait until it is ``completed`` or ``failed`` (a failed video is returned)."""
        response: Video = self._create_and_poll(
            {
                "prompt": prompt,
                "input_reference": input_reference,
                "model": model,
                "seconds": seconds,
                "size": size,
                "poll_interval_ms": poll_interval_ms,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
            }
        )
        return response


class AsyncVideos(AsyncVideosHelpers, AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncVideosWithRawResponse:
        return AsyncVideosWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncVideosWithStreamingResponse:
        return AsyncVideosWithStreamingResponse(self)

    async def create(
        self,
        *,
        prompt: str,
        input_reference: InputReference | Omit = omit,
        model: VideoModel | Omit = omit,
        seconds: VideoSeconds | Omit = omit,
        size: VideoSize | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Video:
        """`POST /videos`."""
        body, files = split_files(
            {"prompt": prompt, "input_reference": input_reference, "model": model, "seconds": seconds, "size": size},
            ["input_reference"],
        )
        response: Video = await self._post(
            "/videos",
            body=body,
            files=files,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Video,
        )
        return response

    async def create_character(
        self,
        *,
        name: str,
        video: FileTypes,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VideoCreateCharacterResponse:
        """`POST /videos/characters`."""
        body, files = split_files({"name": name, "video": video}, ["video"])
        response: VideoCreateCharacterResponse = await self._post(
            "/videos/characters",
            body=body,
            files=files,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=VideoCreateCharacterResponse,
        )
        return response

    async def delete(
        self,
        video_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VideoDeleteResponse:
        """`DELETE /videos/{video_id}`."""
        if not video_id:
            raise ValueError(f"Expected a non-empty value for `video_id` but received {video_id!r}")
        response: VideoDeleteResponse = await self._delete(
            f"/videos/{path_param(video_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=VideoDeleteResponse,
        )
        return response

    async def download_content(
        self,
        video_id: str,
        *,
        variant: Literal["video", "thumbnail", "spritesheet"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> HttpxBinaryResponseContent:
        """`GET /videos/{video_id}/content`."""
        if not video_id:
            raise ValueError(f"Expected a non-empty value for `video_id` but received {video_id!r}")
        extra_headers = {"Accept": "application/binary", **(extra_headers or {})}
        response: HttpxBinaryResponseContent = await self._get(
            f"/videos/{path_param(video_id)}/content",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"variant": variant},
            ),
            cast_to=HttpxBinaryResponseContent,
        )
        return response

    async def edit(
        self,
        *,
        prompt: str,
        video: VideoEditParamsVideo,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Video:
        """`POST /videos/edits`."""
        body, files = split_files({"prompt": prompt, "video": video}, ["video"])
        response: Video = await self._post(
            "/videos/edits",
            body=body,
            files=files,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Video,
        )
        return response

    async def extend(
        self,
        *,
        prompt: str,
        seconds: VideoSeconds,
        video: VideoExtendParamsVideo,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Video:
        """`POST /videos/extensions`."""
        body, files = split_files({"prompt": prompt, "seconds": seconds, "video": video}, ["video"])
        response: Video = await self._post(
            "/videos/extensions",
            body=body,
            files=files,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Video,
        )
        return response

    async def get_character(
        self,
        character_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VideoGetCharacterResponse:
        """`GET /videos/characters/{character_id}`."""
        if not character_id:
            raise ValueError(f"Expected a non-empty value for `character_id` but received {character_id!r}")
        response: VideoGetCharacterResponse = await self._get(
            f"/videos/characters/{path_param(character_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=VideoGetCharacterResponse,
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
    ) -> AsyncPaginator[Video, AsyncConversationCursorPage[Video]]:
        """`GET /videos`."""
        return self._get_api_list(
            "/videos",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query={"after": after, "limit": limit, "order": order},
            ),
            page=AsyncConversationCursorPage[Video],
            model=Video,
        )

    async def remix(
        self,
        video_id: str,
        *,
        prompt: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Video:
        """`POST /videos/{video_id}/remix`."""
        if not video_id:
            raise ValueError(f"Expected a non-empty value for `video_id` but received {video_id!r}")
        body, files = split_files({"prompt": prompt}, [])
        response: Video = await self._post(
            f"/videos/{path_param(video_id)}/remix",
            body=body,
            files=files or None,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Video,
        )
        return response

    async def retrieve(
        self,
        video_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Video:
        """`GET /videos/{video_id}`."""
        if not video_id:
            raise ValueError(f"Expected a non-empty value for `video_id` but received {video_id!r}")
        response: Video = await self._get(
            f"/videos/{path_param(video_id)}",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Video,
        )
        return response

    async def create_and_poll(
        self,
        *,
        prompt: str,
        input_reference: InputReference | Omit = omit,
        model: VideoModel | Omit = omit,
        seconds: VideoSeconds | Omit = omit,
        size: VideoSize | Omit = omit,
        poll_interval_ms: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Video:
        """Create a video, then wait until it is ``completed`` or ``failed`` (a failed video is returned)."""
        response: Video = await self._create_and_poll(
            {
                "prompt": prompt,
                "input_reference": input_reference,
                "model": model,
                "seconds": seconds,
                "size": size,
                "poll_interval_ms": poll_interval_ms,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
            }
        )
        return response


class VideosWithRawResponse:
    def __init__(self, videos: Videos) -> None:
        self._videos = videos
        self.create = to_raw_response_wrapper(videos.create)
        self.create_character = to_raw_response_wrapper(videos.create_character)
        self.delete = to_raw_response_wrapper(videos.delete)
        self.download_content = to_raw_response_wrapper(videos.download_content)
        self.edit = to_raw_response_wrapper(videos.edit)
        self.extend = to_raw_response_wrapper(videos.extend)
        self.get_character = to_raw_response_wrapper(videos.get_character)
        self.list = to_raw_response_wrapper(videos.list)
        self.remix = to_raw_response_wrapper(videos.remix)
        self.retrieve = to_raw_response_wrapper(videos.retrieve)


class VideosWithStreamingResponse:
    def __init__(self, videos: Videos) -> None:
        self._videos = videos
        self.create = to_streamed_response_wrapper(videos.create)
        self.create_character = to_streamed_response_wrapper(videos.create_character)
        self.delete = to_streamed_response_wrapper(videos.delete)
        self.download_content = to_streamed_response_wrapper(videos.download_content)
        self.edit = to_streamed_response_wrapper(videos.edit)
        self.extend = to_streamed_response_wrapper(videos.extend)
        self.get_character = to_streamed_response_wrapper(videos.get_character)
        self.list = to_streamed_response_wrapper(videos.list)
        self.remix = to_streamed_response_wrapper(videos.remix)
        self.retrieve = to_streamed_response_wrapper(videos.retrieve)


class AsyncVideosWithRawResponse:
    def __init__(self, videos: AsyncVideos) -> None:
        self._videos = videos
        self.create = async_to_raw_response_wrapper(videos.create)
        self.create_character = async_to_raw_response_wrapper(videos.create_character)
        self.delete = async_to_raw_response_wrapper(videos.delete)
        self.download_content = async_to_raw_response_wrapper(videos.download_content)
        self.edit = async_to_raw_response_wrapper(videos.edit)
        self.extend = async_to_raw_response_wrapper(videos.extend)
        self.get_character = async_to_raw_response_wrapper(videos.get_character)
        self.list = async_to_raw_response_wrapper(videos.list)
        self.remix = async_to_raw_response_wrapper(videos.remix)
        self.retrieve = async_to_raw_response_wrapper(videos.retrieve)


class AsyncVideosWithStreamingResponse:
    def __init__(self, videos: AsyncVideos) -> None:
        self._videos = videos
        self.create = async_to_streamed_response_wrapper(videos.create)
        self.create_character = async_to_streamed_response_wrapper(videos.create_character)
        self.delete = async_to_streamed_response_wrapper(videos.delete)
        self.download_content = async_to_streamed_response_wrapper(videos.download_content)
        self.edit = async_to_streamed_response_wrapper(videos.edit)
        self.extend = async_to_streamed_response_wrapper(videos.extend)
        self.get_character = async_to_streamed_response_wrapper(videos.get_character)
        self.list = async_to_streamed_response_wrapper(videos.list)
        self.remix = async_to_streamed_response_wrapper(videos.remix)
        self.retrieve = async_to_streamed_response_wrapper(videos.retrieve)
