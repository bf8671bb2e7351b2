# unasync: source of lib/_sync/video_helpers.py
"""``videos`` helpers: ``create_and_poll`` and ``poll``.

``create_and_poll`` is generated (``codegen/config/videos.yaml``, ``helpers``: ``create``'s
parameters and ``poll_interval_ms``); it hands its arguments to ``_create_and_poll`` here.
A ``failed`` video is returned, not raised.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any, Dict, Protocol, cast

from ..._types import Headers, Omit, omit
from ..polling import poll_headers, video_pending
from .poll_loop import poll_until_final

if TYPE_CHECKING:
    from ..._raw_response import LegacyAPIResponse
    from ...types.video import Video

__all__ = ["AsyncVideosHelpers"]


class _RetrieveVideo(Protocol):
    async def retrieve(self, video_id: str, *, extra_headers: Headers | None = None) -> LegacyAPIResponse[Video]: ...


class _Videos(Protocol):
    """What the helpers use of the ``videos`` resource they are mixed into."""

    @property
    def with_raw_response(self) -> _RetrieveVideo: ...

    async def create(self, **options: Any) -> Video: ...


class AsyncVideosHelpers:
    async def _create_and_poll(self, arguments: Dict[str, Any]) -> Video:
        """``create_and_poll``: create a video, then wait until it is ``completed`` or ``failed``."""
        options = dict(arguments)
        poll_interval_ms = options.pop("poll_interval_ms")
        video = await cast(_Videos, self).create(**options)
        return await self.poll(video.id, poll_interval_ms=poll_interval_ms)

    async def poll(self, video_id: str, *, poll_interval_ms: int | Omit = omit) -> Video:
        """Retrieve the video until it is ``completed`` or ``failed`` (returned, not raised)."""
        retrieve = partial(
            cast(_Videos, self).with_raw_response.retrieve, video_id, extra_headers=poll_headers(poll_interval_ms)
        )
        return await poll_until_final(retrieve, video_pending, poll_interval_ms)
