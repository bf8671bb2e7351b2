"""Containers and their files: created from uploads or stored files, listed, read back, deleted."""

from __future__ import annotations

import pytest

from openwire import BadRequestError, NotFoundError
from openwire.types import ContainerCreateResponse
from openwire.types.containers import FileCreateResponse

from .conftest import Api
from .strict import strict


def test_container_lifecycle_with_files(api: Api) -> None:
    stored = api.call(lambda c: c.files.create(file=("notes.txt", b"stored bytes"), purpose="user_data"))
    container = api.call(
        lambda c: c.containers.create(
            name="box",
            file_ids=[stored.id],
            memory_limit="4g",
            expires_after={"anchor": "last_active_at", "minutes": 5},
        )
    )
    strict(ContainerCreateResponse, container.model_dump(mode="json", exclude_unset=True))
    assert (container.status, container.memory_limit, container.expires_after.minutes) == ("running", "4g", 5)

    uploaded = api.call(lambda c: c.containers.files.create(container.id, file=("data.csv", b"a,b\n1,2\n")))
    strict(FileCreateResponse, uploaded.model_dump(mode="json"))
    assert (uploaded.path, uploaded.bytes, uploaded.container_id) == ("/mnt/data/data.csv", 8, container.id)
    copied = api.call(lambda c: c.containers.files.create(container.id, file_id=stored.id))
    assert copied.path == "/mnt/data/notes.txt"

    listed = api.call(lambda c: c.containers.files.list(container.id, order="asc"))
    assert [f.path for f in listed.data] == ["/mnt/data/notes.txt", "/mnt/data/data.csv", "/mnt/data/notes.txt"]
    content = api.call(lambda c: c.containers.files.content.retrieve(uploaded.id, container_id=container.id))
    assert content.read() == b"a,b\n1,2\n"
    assert api.call(lambda c: c.containers.files.retrieve(copied.id, container_id=container.id)).bytes == 12

    api.call(lambda c: c.containers.files.delete(uploaded.id, container_id=container.id))
    with pytest.raises(NotFoundError):
        api.call(lambda c: c.containers.files.retrieve(uploaded.id, container_id=container.id))
    assert [c.id for c in api.call(lambda c: c.containers.list(name="box")).data] == [container.id]
    assert api.call(lambda c: c.containers.list(name="other")).data == []
    api.call(lambda c: c.containers.delete(container.id))
    with pytest.raises(NotFoundError) as caught:
        api.call(lambda c: c.containers.retrieve(container.id))
    assert caught.value.param == "container_id" and container.id in caught.value.message


def test_bad_requests_name_the_parameter(api: Api) -> None:
    with pytest.raises(BadRequestError) as caught:
        api.call(lambda c: c.containers.create(name="x", memory_limit="3g"))
    assert caught.value.param == "memory_limit"
    with pytest.raises(NotFoundError):
        api.call(lambda c: c.containers.create(name="x", file_ids=["file-missing"]))
    container = api.call(lambda c: c.containers.create(name="x"))
    with pytest.raises(BadRequestError) as caught:
        api.call(lambda c: c.containers.files.create(container.id))
    assert caught.value.param == "file"
    with pytest.raises(NotFoundError):
        api.call(lambda c: c.containers.files.list("cntr_missing"))
