from __future__ import annotations

from codegen_fixtures import make_config, make_spec

from codegen.config import TypeDef
from codegen.ir import DictOf, File, ListOf, Lit, Named, Opt, Prim, UnionOf, union
from codegen.typegraph import TypeGraph


def _fields(graph: TypeGraph, ref: str) -> dict:  # type: ignore[type-arg]
    return {f.json_name: f for f in graph.fields(graph.defs[ref])}


def test_model_fields_types_and_optionality() -> None:
    spec, config = make_spec(), make_config()
    fields = _fields(TypeGraph(spec, config), "thing:Thing")
    assert fields["id"].type == Prim("str") and fields["id"].required
    assert fields["kind"].type == Lit(("a", "b"))
    # Required but nullable: optional on a model (a missing key and null read the same).
    assert fields["note"].type == Opt(Prim("str")) and not fields["note"].required
    assert fields["parts"].type == ListOf(Named("part", "Part"))
    assert not fields["self-harm"].required and fields["self-harm"].name == "self_harm"
    assert fields["schema"].name == "schema_"
    # ``allOf: [$ref, {nullable: true}]`` is a nullable reference.
    assert fields["metadata"].type == Opt(Named("metadata", "Metadata"))


def test_a_node_the_config_names_gets_that_name() -> None:
    spec, config = make_spec(), make_config()
    fields = _fields(TypeGraph(spec, config), "thing:Thing")
    assert fields["shape"].type == Named("thing", "Shape")


def test_alias_bodies_keep_the_discriminator() -> None:
    spec, config = make_spec(), make_config()
    graph = TypeGraph(spec, config)
    shape = graph.alias_type(graph.defs["thing:Shape"])
    assert shape == UnionOf((Named("circle", "Circle"), Named("square", "Square")), "type")
    assert graph.alias_type(graph.defs["metadata:Metadata"]) == DictOf(Prim("str"))


def test_request_types_use_request_definitions() -> None:
    spec, config = make_spec(), make_config()
    graph = TypeGraph(spec, config)
    fields = _fields(graph, "thing_create_params:ThingCreateParams")
    assert fields["parts"].type == ListOf(Named("part_param", "PartParam"))
    assert fields["name"].required
    assert "stream" not in fields  # streaming params: the variants add it
    upload = _fields(graph, "upload_params:UploadParams")
    assert upload["file"].type == File() and upload["file"].is_file


def test_params_hold_query_and_keyword_path_parameters() -> None:
    spec, config = make_spec(), make_config()
    graph = TypeGraph(spec, config)
    listing = _fields(graph, "thing_list_params:ThingListParams")
    assert listing["tags"].location == "query" and listing["tags"].type == ListOf(Prim("str"))
    retrieve = _fields(graph, "thing_retrieve_params:ThingRetrieveParams")
    # The last path parameter is positional in the method; the others are keys of the params.
    assert list(retrieve) == ["box_id"] and retrieve["box_id"].location == "path"


def test_unions_flatten_and_hoist_none() -> None:
    inner = UnionOf((Prim("str"), Prim("int")))
    assert union([Opt(inner), Prim("bool"), Prim("str")]) == Opt(UnionOf((Prim("str"), Prim("int"), Prim("bool"))))
    assert union([Prim("str")]) == Prim("str")


def test_unnamed_objects_are_reported() -> None:
    spec, config = make_spec(), make_config()
    config.modules["thing"] = [d for d in config.modules["thing"] if d.name != "Shape"]
    config.modules["circle"] = []
    graph = TypeGraph(spec, config)
    _fields(graph, "thing:Thing")
    assert any("Circle" in w for w in graph.warnings)


def test_a_types_override_names_the_reference_class_and_keeps_none() -> None:
    spec, config = make_spec(), make_config()
    thing = next(d for d in config.modules["thing"] if d.name == "Thing")
    thing.types = {"shape": "circle:Circle", "note": "List[part:Part]"}
    fields = _fields(TypeGraph(spec, config), "thing:Thing")
    assert fields["shape"].type == Named("circle", "Circle")
    # ``note`` is nullable: still ``None`` or the named type.
    assert fields["note"].type == Opt(ListOf(Named("part", "Part")))


def test_a_model_in_a_module_named_like_params_is_usable_by_models() -> None:
    spec, config = make_spec(), make_config()
    # ``RealtimeResponseCreateParams`` is a model; the module's name does not make it a request.
    part = config.modules.pop("part")[0]
    config.modules["part_params"] = [TypeDef("part_params", "Part", "model", schema=part.schema)]
    graph = TypeGraph(spec, config)
    assert not graph.is_param("part_params") and graph.is_param("thing_create_params")
    found = graph.lookup(part.schema or "", "model", "thing", "Part")
    assert found is not None and found.module == "part_params"
