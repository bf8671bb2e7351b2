"""Files: multipart upload, cursor pagination, retrieve, content, delete."""

from __future__ import annotations

import json

import pytest

from openwire import BadRequestError, NotFoundError
from openwire.local import LocalAPI
from openwire.types import FileDeleted, FileObject

from .conftest import Api
from .strict import strict

LINE = b'{"messages": [{"role": "user", "content": "hi"}]}\n'


def upload(api: Api, name: str, data: bytes = LINE, purpose: str = "fine-tune") -> FileObject:
    return api.call(lambda c: c.files.create(file=(name, data), purpose=purpose))  # type: ignore[no-any-return]


def test_upload_retrieve_content_delete(api: Api) -> None:
    created = upload(api, "train.jsonl")
    assert (created.filename, created.bytes, created.purpose, created.status) == (
        "train.jsonl",
        len(LINE),
        "fine-tune",
        "processed",
    )
    assert api.call(lambda c: c.files.retrieve(created.id)) == created
    assert api.call(lambda c: c.files.content(created.id)).content == LINE
    deleted = api.call(lambda c: c.files.delete(created.id))
    assert (deleted.id, deleted.deleted) == (created.id, True)
    with pytest.raises(NotFoundError):
        api.call(lambda c: c.files.retrieve(created.id))


def test_cursor_pagination_newest_first(api: Api) -> None:
    ids = [upload(api, f"f{i}.txt", b"x", "user_data").id for i in range(5)]
    first = api.call(lambda c: c.files.list(limit=2))
    assert [f.id for f in first.data] == ids[::-1][:2] and first.has_more
    second = api.call(lambda c: c.files.list(limit=2, after=first.data[-1].id))
    assert [f.id for f in second.data] == ids[::-1][2:4]
    assert [f.id for f in api.call(lambda c: c.files.list(limit=2, order="asc")).data] == ids[:2]
    everything = api.call(lambda c: c.files.list(limit=2))
    if api.mode == "sync":
        assert [f.id for f in everything] == ids[::-1]
    assert api.call(lambda c: c.files.list(purpose="batch")).data == []


def test_uploads_parse_strictly(app: LocalAPI) -> None:
    body = b'--x\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nuser_data\r\n--x\r\nContent-Disposition: form-data; name="file"; filename="a b.txt"\r\n\r\nhello\r\n--x--\r\n'
    response = app.handle("POST", "/v1/files", body, {"Content-Type": "multipart/form-data; boundary=x"})
    created = strict(FileObject, response.body)
    assert (created.filename, created.bytes) == ("a b.txt", 5)
    strict(FileDeleted, app.handle("DELETE", f"/v1/files/{created.id}").body)


def test_missing_purpose_and_bad_jsonl_are_400s(api: Api) -> None:
    with pytest.raises(BadRequestError) as caught:
        api.call(lambda c: c.files.create(file=("a.jsonl", b"not json\n"), purpose="batch"))
    assert caught.value.param == "file" and "line 1" in str(caught.value)
    with pytest.raises(BadRequestError) as caught:
        api.call(lambda c: c.files.create(file=("a.txt", b"x"), purpose="nonsense"))
    assert caught.value.param == "purpose"


def test_not_multipart_is_a_400(app: LocalAPI) -> None:
    response = app.handle("POST", "/v1/files", b"{}", {"content-type": "application/json"})
    assert response.status == 400
    assert json.loads(response.body)["error"]["code"] == "invalid_content_type"  # type: ignore[arg-type]
