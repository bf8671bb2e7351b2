"""Uploads: a file sent in parts, joined in the order of ``part_ids`` when completed."""

from __future__ import annotations

import hashlib

import pytest

from openwire import BadRequestError, NotFoundError

from .conftest import Api


def test_parts_are_joined_in_the_order_given(api: Api) -> None:
    upload = api.call(
        lambda c: c.uploads.create(bytes=6, filename="a.jsonl", mime_type="application/jsonl", purpose="batch")
    )
    assert (upload.status, upload.file) == ("pending", None)
    first = api.call(lambda c: c.uploads.parts.create(upload.id, data=b"abc"))
    second = api.call(lambda c: c.uploads.parts.create(upload.id, data=b"def"))
    assert first.upload_id == upload.id
    done = api.call(
        lambda c: c.uploads.complete(upload.id, part_ids=[second.id, first.id], md5=hashlib.md5(b"defabc").hexdigest())
    )
    assert done.status == "completed" and done.file is not None and done.file.bytes == 6
    assert api.call(lambda c: c.files.content(done.file.id)).content == b"defabc"
    with pytest.raises(BadRequestError, match="not pending"):
        api.call(lambda c: c.uploads.cancel(upload.id))


def test_a_wrong_size_or_checksum_is_refused(api: Api) -> None:
    upload = api.call(lambda c: c.uploads.create(bytes=4, filename="a", mime_type="text/plain", purpose="user_data"))
    part = api.call(lambda c: c.uploads.parts.create(upload.id, data=b"abc"))
    with pytest.raises(BadRequestError, match="hold 3 bytes"):
        api.call(lambda c: c.uploads.complete(upload.id, part_ids=[part.id]))
    with pytest.raises(BadRequestError) as caught:
        api.call(lambda c: c.uploads.complete(upload.id, part_ids=[part.id, part.id], md5="0" * 32))
    assert caught.value.param == "part_ids"  # 6 bytes, not 4
    assert api.call(lambda c: c.uploads.cancel(upload.id)).status == "cancelled"
    with pytest.raises(NotFoundError):
        api.call(lambda c: c.uploads.parts.create("upload_nope", data=b"x"))
