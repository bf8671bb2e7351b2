from __future__ import annotations

from codegen_fixtures import make_spec

from codegen.spec import Spec, escape, expand, join, shorten


def test_pointers_escape_slashes_in_property_names() -> None:
    assert join("#/a", "self-harm/intent") == "#/a/self-harm~1intent"
    spec = Spec({"components": {"schemas": {"X": {"properties": {"a/b": {"type": "string"}}}}}})
    assert spec.node("#/components/schemas/X/properties/" + escape("a/b")) == {"type": "string"}


def test_config_shorthand_for_component_pointers() -> None:
    assert expand("Foo/properties/x") == "#/components/schemas/Foo/properties/x"
    assert shorten("#/components/schemas/Foo") == "Foo"
    assert expand("#/paths/x") == "#/paths/x"


def test_properties_merge_all_of_members_with_their_own_pointers() -> None:
    spec = make_spec()
    props = {p.name: p for p in spec.properties("#/components/schemas/CreateThing")}
    assert list(props) == ["name", "parts", "labels", "stream"]
    assert props["name"].required and not props["parts"].required
    assert props["name"].pointer == "#/components/schemas/CreateThingBase/properties/name"
    assert props["parts"].pointer == "#/components/schemas/CreateThing/allOf/1/properties/parts"


def test_operations_know_their_parameters_body_and_stream() -> None:
    spec = make_spec()
    op = spec.operation("createThing")
    assert (op.method, op.path, op.body_content_type) == ("post", "/things", "application/json")
    assert op.stream_pointer is not None and op.response_pointer is not None
    get = spec.operation("getThing")
    assert [p.name for p in get.params_in("path")] == ["box_id", "thing_id"]
