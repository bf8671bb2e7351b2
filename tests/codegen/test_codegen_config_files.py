"""The config folder: one file per resource family, merged on reading."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Dict

import pytest

from codegen.config_files import CONFIG_DIR, family_of_module, read_config, split_config, take_changes, write_config

RAW: Dict[str, Any] = {
    "resources": {
        "videos": {"cls": "Videos", "module": "videos"},
        "beta": {"cls": "Beta", "module": "beta.beta", "children": ["chat"]},
        "beta.chat": {"same_as": "chat"},
        "chat": {"cls": "Chat", "module": "chat.chat"},
    },
    "packages": {
        ".": {"Video": "video:Video", "Metadata": "shared.metadata:Metadata"},
        "beta.chat": {},
    },
    "types": {
        "video": {"Video": {"kind": "model", "schema": "Video"}},
        "shared.metadata": {"Metadata": {"kind": "alias", "schema": "Metadata"}},
        "beta.assistant": {"Assistant": {"kind": "model", "schema": "AssistantObject"}},
        "websocket_reconnection": {"custom": True},
    },
}


@pytest.mark.parametrize(
    ("module", "family"),
    [
        ("video_create_params", "videos"),
        ("batch", "batches"),
        ("completion_usage", "completions"),
        ("beta.threads.run", "beta"),
        ("shared_params.metadata", "shared"),
        ("websocket_reconnection", "common"),
    ],
)
def test_a_type_module_belongs_to_the_family_its_name_starts_with(module: str, family: str) -> None:
    assert family_of_module(module, ["videos", "batches", "completions", "beta", "chat"]) == family


def test_writing_then_reading_gives_the_same_config(tmp_path: Path) -> None:
    written = write_config(RAW, tmp_path)

    assert sorted(p.name for p in written) == ["beta.yaml", "chat.yaml", "common.yaml", "shared.yaml", "videos.yaml"]
    assert json.dumps(read_config(tmp_path), sort_keys=True) == json.dumps(RAW, sort_keys=True)


def test_a_package_keeps_each_name_in_the_family_of_its_module() -> None:
    families = split_config(RAW)

    assert families["videos"]["packages"] == {".": {"Video": "video:Video"}}
    assert families["shared"]["packages"] == {".": {"Metadata": "shared.metadata:Metadata"}}
    assert families["beta"]["packages"] == {"beta.chat": {}}


def test_a_resource_defined_in_two_files_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("resources:\n  videos: {cls: Videos, module: videos}\n")
    (tmp_path / "b.yaml").write_text("resources:\n  videos: {cls: Videos, module: videos}\n")

    with pytest.raises(ValueError, match="resource 'videos' is already defined"):
        read_config(tmp_path)


def test_the_repository_config_is_a_folder_of_family_files() -> None:
    names = {p.stem for p in CONFIG_DIR.glob("*.yaml")}
    assert {"chat", "responses", "beta", "admin", "realtime"} <= names
    assert not (CONFIG_DIR.parent / "config.yaml").exists()


def test_changes_made_on_a_single_file_config_carry_over_to_the_folder() -> None:
    base: Dict[str, Any] = {
        "resources": {"chat": {"cls": "Chat", "module": "chat.chat"}, "gone": {"cls": "Gone", "module": "gone"}},
        "packages": {".": {"Video": "video:Video"}},
        "types": {"video": {"Video": {"kind": "model", "schema": "Video"}}},
    }
    theirs: Dict[str, Any] = {
        "resources": {"chat": {"cls": "Chat", "module": "chat.chat", "mixin": "lib.chat:Helpers"}},
        "packages": {".": {"Video": "video:Video", "Parsed": "parsed:Parsed"}},
        "types": {"video": {"Video": {"kind": "model", "schema": "Video"}}, "parsed": {"custom": True}},
    }
    current = json.loads(json.dumps(RAW))
    current["resources"]["gone"] = {"cls": "Gone", "module": "gone"}

    changed = take_changes(current, base, theirs)

    assert changed == ["resources: chat", "resources: gone", "types: parsed", "packages: ..Parsed"]
    assert current["resources"]["chat"]["mixin"] == "lib.chat:Helpers"
    assert "gone" not in current["resources"] and "videos" in current["resources"]
    assert current["packages"]["."]["Parsed"] == "parsed:Parsed"
