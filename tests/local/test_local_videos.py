"""Videos: a render that completes over polls, its MP4 and WebP files, remixes, list and delete."""

from __future__ import annotations

import struct

import pytest

from openwire import BadRequestError, NotFoundError
from openwire.types import Video

from .conftest import Api
from .strict import strict


def test_create_and_poll_then_download(api: Api) -> None:
    api.app.lifecycle_step = 3600  # only polls move the video
    video = api.call(lambda c: c.videos.create_and_poll(prompt="a cat", seconds="8", poll_interval_ms=1))
    strict(Video, video.model_dump(mode="json"))
    assert (video.status, video.progress, video.seconds, video.prompt) == ("completed", 100, "8", "a cat")
    assert video.completed_at is not None and video.expires_at is not None

    data = api.call(lambda c: c.videos.download_content(video.id)).read()
    assert data[4:8] == b"ftyp" and b"mvhd" in data
    mvhd = data.index(b"mvhd") + 4
    timescale, duration = struct.unpack(">II", data[mvhd + 12 : mvhd + 20])
    assert duration / timescale == 8
    thumbnail = api.call(lambda c: c.videos.download_content(video.id, variant="thumbnail")).read()
    assert thumbnail[:4] == b"RIFF" and thumbnail[8:12] == b"WEBP"
    assert struct.unpack("<I", thumbnail[4:8])[0] == len(thumbnail) - 8


def test_stages_advance_one_per_retrieve(api: Api) -> None:
    api.app.lifecycle_step = 3600
    video = api.call(lambda c: c.videos.create(prompt="waves"))
    assert (video.status, video.progress, video.model, video.size) == ("queued", 0, "sora-2", "720x1280")
    with pytest.raises(BadRequestError) as caught:
        api.call(lambda c: c.videos.download_content(video.id))
    assert caught.value.code == "video_not_ready"
    seen = [api.call(lambda c: c.videos.retrieve(video.id)).status for _ in range(3)]
    assert seen == ["in_progress", "completed", "completed"]


def test_remix_list_delete(api: Api) -> None:
    first = api.call(lambda c: c.videos.create(prompt="one", size="1280x720"))
    remix = api.call(lambda c: c.videos.remix(first.id, prompt="two"))
    assert (remix.remixed_from_video_id, remix.size) == (first.id, "1280x720")
    page = api.call(lambda c: c.videos.list(limit=1))
    assert [v.id for v in page.data] == [remix.id] and page.has_more
    deleted = api.call(lambda c: c.videos.delete(first.id))
    assert (deleted.id, deleted.deleted) == (first.id, True)
    with pytest.raises(NotFoundError):
        api.call(lambda c: c.videos.retrieve(first.id))
    with pytest.raises(BadRequestError) as caught:
        api.call(lambda c: c.videos.create(prompt="x", seconds="5"))
    assert caught.value.param == "seconds"
