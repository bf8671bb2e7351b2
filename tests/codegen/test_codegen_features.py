"""Generator features for the reference's irregular corners: a body built by a hand-written
encoder, a child class mounted under the reference's private name, aliases that admit None,
and the embedded server's table of spec-shaped answers."""

from __future__ import annotations

import ast
from typing import Any, Dict

from codegen_fixtures import make_config, make_spec

from codegen.config import Config, Resource, TypeDef
from codegen.emit import format_files
from codegen.generate import generate
from codegen.spec import Spec


def _files(spec: Spec, config: Config) -> Dict[str, str]:
    return format_files(generate(spec, config))


def test_an_encoder_builds_the_body_and_its_headers() -> None:
    spec, config = make_spec(), make_config()
    upload = next(m for m in config.resources["things"].methods if m.name == "upload")
    upload.encoder = "_bodies:encode_upload"
    upload.accept = "application/x-thing"
    text = _files(spec, config)["src/openwire/resources/things.py"]
    assert "from .._bodies import encode_upload" in text
    assert text.count('encoded = encode_upload({"file": file, "purpose": purpose})') == 2
    assert (
        text.count('extra_headers = {"Accept": "application/x-thing", **encoded.headers, **(extra_headers or {})}') == 2
    )
    assert text.count("content=encoded.content,") == 2 and "split_files" not in text


def test_a_mounted_class_is_a_subclass_the_parent_returns() -> None:
    spec, config = make_spec(), make_config()
    things = config.resources.pop("things")
    config.resources["box"] = Resource("box", "Box", "box.box", children=["things"])
    config.resources["box.things"] = Resource(
        "box.things",
        "Things",
        "box.things",
        methods=things.methods,
        mount_cls="_Things",
        async_mount_cls="_AsyncThings",
    )
    files = _files(spec, config)
    child, parent = files["src/openwire/resources/box/things.py"], files["src/openwire/resources/box/box.py"]
    assert "class _Things(Things):" in child and "class _AsyncThings(AsyncThings):" in child
    assert "return _Things(self._client)" in parent and "return _AsyncThings(self._client)" in parent
    assert "return ThingsWithRawResponse(self._box.things)" in parent  # the views stay the generated ones
    ast.parse(parent)


def test_a_nullable_alias_admits_none_and_others_leave_it_to_fields() -> None:
    spec, config = make_spec(), make_config()
    config.modules["note"] = [TypeDef("note", "Note", "alias", schema="#/components/schemas/Thing/properties/note")]
    config.modules["maybe_note"] = [
        TypeDef("maybe_note", "MaybeNote", "alias", schema="#/components/schemas/Thing/properties/note", nullable=True)
    ]
    files = _files(spec, config)
    assert "Note: TypeAlias = str" in files["src/openwire/types/note.py"]
    assert "MaybeNote: TypeAlias = Optional[str]" in files["src/openwire/types/maybe_note.py"]


def test_spec_answers_cover_the_families_the_server_answers_from_the_spec() -> None:
    spec, config = make_spec(), make_config()
    things = config.resources.pop("things")
    config.resources["admin"] = Resource("admin", "Admin", "admin", methods=things.methods)
    text = _files(spec, config)["src/openwire/local/_spec_answers.py"]
    namespace: Dict[str, Any] = {}
    exec(compile(text, "_spec_answers.py", "exec"), namespace)
    answers = namespace["ANSWERS"]
    status, required, body = answers[("GET", "/boxes/{box_id}/things/{thing_id}")]
    assert (status, required) == (200, [])
    assert body["kind"] == "a" and body["shape"]["type"] == "circle" and isinstance(body["parts"], list)
    assert answers[("POST", "/things")][1] == ["name"]  # required body fields, through allOf


def test_a_parameter_whose_alias_admits_a_file_is_sent_as_a_file() -> None:
    spec, config = make_spec(), make_config()
    spec.document["components"]["schemas"]["UploadRequest"]["properties"]["file"] = {
        "anyOf": [{"type": "string", "format": "binary"}, {"type": "object", "properties": {"id": {"type": "string"}}}]
    }
    config.modules["upload_params"].insert(
        0, TypeDef("upload_params", "File", "alias", schema="#/components/schemas/UploadRequest/properties/file")
    )
    text = _files(spec, config)["src/openwire/resources/things.py"]
    assert text.count('split_files({"file": file, "purpose": purpose}, ["file"])') == 2
