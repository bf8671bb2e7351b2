"""Skills: uploads of files or a zip, versions, the default version, zipped content, delete."""

from __future__ import annotations

import io
import zipfile

import pytest

from openwire import BadRequestError, NotFoundError
from openwire.types import Skill
from openwire.types.skills import SkillVersion

from .conftest import Api
from .strict import strict


def manifest(description: str) -> bytes:
    return f"---\nname: greeter\ndescription: {description}\n---\nSay hello.\n".encode()


def zipped(**files: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(f"greeter/{name.replace('_', '.')}", data)
    return buffer.getvalue()


def test_skill_versions_and_content(api: Api) -> None:
    skill = api.call(
        lambda c: c.skills.create(files=[("greeter/SKILL.md", manifest("first")), ("greeter/run.py", b"print(1)")])
    )
    strict(Skill, skill.model_dump(mode="json"))
    assert (skill.name, skill.description, skill.default_version, skill.latest_version) == (
        "greeter",
        "first",
        "1",
        "1",
    )

    second = api.call(
        lambda c: c.skills.versions.create(skill.id, files=("v2.zip", zipped(SKILL_md=manifest("second"))))
    )
    strict(SkillVersion, second.model_dump(mode="json"))
    assert (second.version, second.description) == ("2", "second")
    after = api.call(lambda c: c.skills.retrieve(skill.id))
    assert (after.default_version, after.latest_version, after.description) == ("1", "2", "first")

    bundle = zipfile.ZipFile(io.BytesIO(api.call(lambda c: c.skills.content.retrieve(skill.id)).read()))
    assert sorted(bundle.namelist()) == ["greeter/SKILL.md", "greeter/run.py"]
    v2 = api.call(lambda c: c.skills.versions.content.retrieve("2", skill_id=skill.id)).read()
    assert zipfile.ZipFile(io.BytesIO(v2)).read("greeter/SKILL.md") == manifest("second")

    updated = api.call(lambda c: c.skills.update(skill.id, default_version="2"))
    assert (updated.default_version, updated.description) == ("2", "second")
    with pytest.raises(BadRequestError):
        api.call(lambda c: c.skills.versions.delete("2", skill_id=skill.id))  # the default one
    deleted = api.call(lambda c: c.skills.versions.delete("1", skill_id=skill.id))
    assert (deleted.version, deleted.deleted) == ("1", True)
    assert [v.version for v in api.call(lambda c: c.skills.versions.list(skill.id)).data] == ["2"]
    assert [s.id for s in api.call(lambda c: c.skills.list()).data] == [skill.id]
    assert api.call(lambda c: c.skills.delete(skill.id)).deleted is True
    with pytest.raises(NotFoundError):
        api.call(lambda c: c.skills.retrieve(skill.id))


def test_uploads_without_a_manifest_are_refused(api: Api) -> None:
    with pytest.raises(BadRequestError) as caught:
        api.call(lambda c: c.skills.create(files=[("x/readme.txt", b"hi")]))
    assert caught.value.param == "files" and "SKILL.md" in caught.value.message
    with pytest.raises(BadRequestError) as caught:
        api.call(lambda c: c.skills.create(files=[("x/SKILL.md", b"no front matter")]))
    assert "front matter" in caught.value.message
    with pytest.raises(NotFoundError):
        api.call(lambda c: c.skills.versions.retrieve("9", skill_id="skill_missing"))
