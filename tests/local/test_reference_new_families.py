"""The reference SDK (``openai``) over a socket reads what the server answers for containers,
evals, videos and skills, as openwire does."""

from __future__ import annotations

import io
import zipfile
from typing import Any, Iterator

import openai
import pytest

from openwire.local import LocalAPI, LocalServer

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture
def reference() -> Iterator[Any]:
    with LocalServer(app=LocalAPI(lifecycle_step=3600)) as server:
        with openai.OpenAI(api_key="sk-local", base_url=server.url, max_retries=0) as client:
            yield client


def test_containers(reference: Any) -> None:
    container = reference.containers.create(name="box")
    file = reference.containers.files.create(container.id, file=("a.txt", b"abc"))
    assert reference.containers.files.content.retrieve(file.id, container_id=container.id).read() == b"abc"
    assert [f.id for f in reference.containers.files.list(container.id)] == [file.id]
    reference.containers.delete(container.id)
    with pytest.raises(openai.NotFoundError):
        reference.containers.retrieve(container.id)


def test_videos(reference: Any) -> None:
    video = reference.videos.create_and_poll(prompt="sea", poll_interval_ms=1)
    assert (video.status, video.progress) == ("completed", 100)
    assert reference.videos.download_content(video.id).read()[4:8] == b"ftyp"
    assert reference.videos.delete(video.id).deleted


def test_evals(reference: Any) -> None:
    created = reference.evals.create(
        name="e",
        data_source_config={"type": "custom", "item_schema": {"type": "object"}, "include_sample_schema": True},
        testing_criteria=[
            {
                "type": "string_check",
                "name": "s",
                "input": "{{sample.output_text}}",
                "reference": "{{item.a}}",
                "operation": "eq",
            }
        ],
    )
    content = [
        {"item": {"a": "x"}, "sample": {"output_text": "x"}},
        {"item": {"a": "x"}, "sample": {"output_text": "y"}},
    ]
    run = reference.evals.runs.create(
        created.id, data_source={"type": "jsonl", "source": {"type": "file_content", "content": content}}
    )
    while run.status != "completed":
        run = reference.evals.runs.retrieve(run.id, eval_id=created.id)
    assert (run.result_counts.passed, run.result_counts.failed) == (1, 1)
    items = reference.evals.runs.output_items.list(run.id, eval_id=created.id).data
    assert [i.status for i in items] == ["pass", "fail"]


def test_skills(reference: Any) -> None:
    manifest = b"---\nname: s\ndescription: d\n---\n"
    skill = reference.skills.create(files=[("s/SKILL.md", manifest)])
    assert (skill.name, skill.default_version) == ("s", "1")
    bundle = zipfile.ZipFile(io.BytesIO(reference.skills.content.retrieve(skill.id).read()))
    assert bundle.read("s/SKILL.md") == manifest
    assert reference.skills.versions.list(skill.id).data[0].version == "1"
