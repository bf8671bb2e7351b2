"""How ``openwire api`` prints results: JSON, JSON lists for pages, JSON lines for streams, bytes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

import pytest

from openwire import OpenAI
from openwire.cli.output import print_result
from openwire.local import LOCAL_BASE_URL, local_http_client


@pytest.fixture
def client() -> Iterator[OpenAI]:
    with OpenAI(api_key="local", base_url=LOCAL_BASE_URL, http_client=local_http_client()) as client:
        yield client


def test_a_model_prints_as_json_with_api_names(client: OpenAI, capsys: pytest.CaptureFixture[str]) -> None:
    print_result(client.models.retrieve("gpt-4o-mini"))
    assert json.loads(capsys.readouterr().out)["id"] == "gpt-4o-mini"


def test_a_page_prints_every_item_as_one_list(client: OpenAI, capsys: pytest.CaptureFixture[str]) -> None:
    print_result(client.models.list())
    items = json.loads(capsys.readouterr().out)
    assert isinstance(items, list) and {"gpt-4o-mini", "gpt-4o"} <= {item["id"] for item in items}


def test_a_stream_prints_one_json_object_per_line(client: OpenAI, capsys: pytest.CaptureFixture[str]) -> None:
    stream = client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}], stream=True)
    print_result(stream)
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) > 2 and all(json.loads(line)["object"] == "chat.completion.chunk" for line in lines)
    assert stream.response.is_closed


def test_text_and_plain_values(capsys: pytest.CaptureFixture[str]) -> None:
    print_result("plain text")
    print_result({"a": [1, None]})
    print_result(None)
    assert capsys.readouterr().out == 'plain text\n{\n  "a": [\n    1,\n    null\n  ]\n}\n'


def test_output_writes_the_file(client: OpenAI, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    print_result(b"\x00\x01binary", output=str(tmp_path / "out.bin"))
    assert (tmp_path / "out.bin").read_bytes() == b"\x00\x01binary"
    print_result(client.models.retrieve("gpt-4o"), output=str(tmp_path / "model.json"))
    assert json.loads((tmp_path / "model.json").read_text())["id"] == "gpt-4o"
    assert capsys.readouterr().out == ""
