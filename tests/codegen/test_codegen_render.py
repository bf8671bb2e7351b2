from __future__ import annotations

import ast

import pytest
from codegen_fixtures import make_config, make_spec

from codegen.config import Config
from codegen.emit import format_files
from codegen.generate import generate
from codegen.ir import Imports, ListOf, Named, Prim, render
from codegen.spec import Spec


def _files(spec: Spec, config: Config) -> dict:  # type: ignore[type-arg]
    return format_files(generate(spec, config))


def test_every_generated_python_file_parses_and_starts_with_the_header() -> None:
    spec, config = make_spec(), make_config()
    for path, text in _files(spec, config).items():
        if path.endswith(".py"):
            ast.parse(text)
            assert text.startswith("# File generated"), path


def test_models_alias_wire_names_and_tag_unions() -> None:
    spec, config = make_spec(), make_config()
    text = _files(spec, config)["src/openwire/types/thing.py"]
    assert 'self_harm: Optional[bool] = Field(default=None, alias="self-harm")' in text
    assert "class Thing(BaseModel):" in text
    assert 'Shape: TypeAlias = Annotated[Union[Circle, Square], Field(discriminator="type")]' in text


def test_request_modules_evaluate_required_markers() -> None:
    spec, config = make_spec(), make_config()
    text = _files(spec, config)["src/openwire/types/thing_create_params.py"]
    assert "from __future__" not in text  # Required[...] must be seen at runtime
    assert "name: Required[str]" in text
    assert 'parts: Iterable["PartParam"]' in text
    assert "class ThingCreateParamsStreaming(ThingCreateParamsBase):" in text
    assert "stream: Required[Literal[True]]" in text
    assert "ThingCreateParams = Union[ThingCreateParamsNonStreaming, ThingCreateParamsStreaming]" in text


def test_resource_methods_sync_and_async_from_one_template() -> None:
    spec, config = make_spec(), make_config()
    text = _files(spec, config)["src/openwire/resources/things.py"]
    assert "class Things(SyncAPIResource):" in text and "class AsyncThings(AsyncAPIResource):" in text
    # Stream overloads: Literal[False] / Literal[True] / bool.
    assert text.count("@overload") == 6
    assert "stream: Literal[True]," in text and "-> AsyncStream[Thing]: ..." in text
    # The async list method is a plain def returning a paginator.
    assert "    def list(" in text and "-> AsyncPaginator[Thing, AsyncCursorPage[Thing]]:" in text
    # Path parameters: the last positional, validated; the others keyword-only.
    assert "def retrieve(\n        self,\n        thing_id: str,\n        *,\n        box_id: str," in text
    assert 'raise ValueError(f"Expected a non-empty value for `thing_id` but received {thing_id!r}")' in text
    # Multipart: files split from the form fields.
    assert 'body, files = split_files({"file": file, "purpose": purpose}, ["file"])' in text
    assert "self._get_api_list(" in text and 'query={"after": after, "tags": tags}' in text


def test_the_client_mixins_import_resources_lazily() -> None:
    spec, config = make_spec(), make_config()
    text = _files(spec, config)["src/openwire/_client_resources.py"]
    assert "class SyncResources:" in text and "class AsyncOpenAIWithStreamedResponse:" in text
    assert "        from .resources.things import Things\n" in text
    assert "if TYPE_CHECKING:" in text


def test_request_annotations_for_lists() -> None:
    imports = Imports("x_param")
    assert render(ListOf(Prim("str")), "param", imports) == "SequenceNotStr[str]"
    assert render(ListOf(Named("y", "Y")), "param", imports) == "Iterable[Y]"
    assert render(ListOf(Named("y", "Y")), "model", imports) == "List[Y]"


def test_api_md_lists_every_method() -> None:
    spec, config = make_spec(), make_config()
    text = _files(spec, config)["api.md"]
    for line in ("`POST /things`", "`GET /things`", "`GET /boxes/{box_id}/things/{thing_id}`", "`POST /uploads`"):
        assert line in text


def test_hand_written_helpers_come_in_as_mixins() -> None:
    spec, config = make_spec(), make_config()
    config.resources["things"].mixin = "lib.things:ThingsHelpers"
    config.resources["things"].async_mixin = "lib.things:AsyncThingsHelpers"
    text = _files(spec, config)["src/openwire/resources/things.py"]
    assert "class Things(ThingsHelpers, SyncAPIResource):" in text
    assert "class AsyncThings(AsyncThingsHelpers, AsyncAPIResource):" in text
    assert "from ..lib.things import AsyncThingsHelpers, ThingsHelpers" in text


def test_resource_headers_go_before_the_callers_extra_headers() -> None:
    spec, config = make_spec(), make_config()
    config.resources["things"].headers = {"OpenAI-Beta": "things=v1"}
    text = _files(spec, config)["src/openwire/resources/things.py"]
    line = 'extra_headers = {"OpenAI-Beta": "things=v1", **(extra_headers or {})}'
    assert text.count(line) == 2 * 4  # every method, sync and async; the caller's value wins


def _with_parse_helper(config: Config) -> Config:
    from codegen.config import Helper

    config.resources["things"].helpers = [
        Helper(
            name="parse",
            like="create",
            call="lib.things:parse_thing",
            async_call="lib.things:async_parse_thing",
            returns="Parsed[FormatT]",
            async_returns="Parsed[FormatT]",
            doc="`POST /things`, parsed.",
            imports={"FormatT": "lib.things", "Parsed": "lib.things"},
            params={"format": "type[FormatT] | Omit = omit", "labels": "Optional[List[str]] | Omit = omit"},
            skip=["stream"],
            order=["format", "..."],
        )
    ]
    return config


def test_helpers_take_the_parameters_of_the_method_they_wrap_and_delegate_once() -> None:
    spec, config = make_spec(), _with_parse_helper(make_config())
    text = _files(spec, config)["src/openwire/resources/things.py"]
    # create's parameters (no stream), changed and reordered as configured, then the options.
    signature = (
        "    def parse(\n        self,\n        *,\n        format: type[FormatT] | Omit = omit,\n"
        "        name: str,\n        labels: Optional[List[str]] | Omit = omit,\n"
        "        parts: Iterable[PartParam] | Omit = omit,\n        extra_headers: Headers | None = None,"
    )
    assert signature in text
    # One call of the hand-written function, with every argument; the async one is awaited.
    parse = next(
        node for node in ast.walk(ast.parse(text)) if isinstance(node, ast.FunctionDef) and node.name == "parse"
    )
    call = parse.body[1].value  # type: ignore[attr-defined]
    assert [ast.unparse(arg) for arg in call.args[:1]] == ["self"] and call.func.id == "parse_thing"
    keys = [key.value for key in call.args[1].keys]
    assert keys == ["format", "name", "labels", "parts", "extra_headers", "extra_query", "extra_body", "timeout"]
    assert "response: Parsed[FormatT] = await async_parse_thing(" in text
    assert "from ..lib.things import async_parse_thing, parse_thing" in text
    assert "    from ..lib.things import FormatT, Parsed" in text  # for type checkers only


def test_a_new_parameter_of_the_wrapped_method_reaches_its_helpers() -> None:
    import copy

    document = copy.deepcopy(make_spec().document)
    document["components"]["schemas"]["CreateThing"]["allOf"][1]["properties"]["colour"] = {"type": "string"}
    text = _files(Spec(document), _with_parse_helper(make_config()))["src/openwire/resources/things.py"]
    parse = text[text.index("    def parse(") :]
    assert "        colour: str | Omit = omit," in parse and '"colour": colour' in parse


def test_helper_order_and_config_errors() -> None:
    from codegen.render_resources import _ordered

    assert _ordered(["a", "b", "c", "d"], ["c", "...", "a"]) == ["c", "b", "d", "a"]
    assert _ordered(["a", "b"], []) == ["a", "b"]
    with pytest.raises(ValueError, match="does not have"):
        _ordered(["a"], ["z", "..."])
    with pytest.raises(ValueError, match="leaves out"):
        _ordered(["a", "b"], ["a"])
    spec, config = make_spec(), _with_parse_helper(make_config())
    config.resources["things"].helpers[0].like = "missing"
    with pytest.raises(ValueError, match="no method 'missing'"):
        _files(spec, config)


def test_a_keyword_only_helper_takes_the_path_parameter_by_keyword() -> None:
    from codegen.config import Helper

    spec, config = make_spec(), make_config()
    helper = Helper(
        name="retrieve_and_poll",
        like="retrieve",
        call="self._retrieve_and_poll",
        async_call="self._retrieve_and_poll",
        returns="Thing",
        async_returns="Thing",
        doc="Poll a thing.",
        imports={"Thing": "types.thing"},
        params={"poll_interval_ms": "int | Omit = omit"},
        order=["box_id", "...", "poll_interval_ms"],
        keyword_only=True,
    )
    config.resources["things"].helpers = [helper]
    text = _files(spec, config)["src/openwire/resources/things.py"]
    signature = "    def retrieve_and_poll(\n        self,\n        *,\n        box_id: str,\n        thing_id: str,\n"
    assert signature in text
    assert "        poll_interval_ms: int | Omit = omit,\n        extra_headers: Headers | None = None," in text
    helper.keyword_only = False  # by default, the wrapped method's positional parameter stays positional
    text = _files(spec, config)["src/openwire/resources/things.py"]
    assert "    def retrieve_and_poll(\n        self,\n        thing_id: str,\n        *,\n        box_id: str," in text


def test_a_deprecated_helper_warns_as_the_method_it_wraps() -> None:
    spec, config = make_spec(), _with_parse_helper(make_config())
    helper = config.resources["things"].helpers[0]
    helper.deprecated = True
    with pytest.raises(ValueError, match="deprecated, but 'create' is not"):
        _files(spec, config)
    next(m for m in config.resources["things"].methods if m.name == "create").deprecated = "Gone soon."
    text = _files(spec, config)["src/openwire/resources/things.py"]
    parse = text[text.index("    def parse(") :]
    assert parse.index('warn("Gone soon.", DeprecationWarning, stacklevel=2)') < parse.index("parse_thing(")


def test_module_aliases_resolve_on_first_access() -> None:
    spec, config = make_spec(), make_config()
    config.resources["things"].aliases = {"_old_name": "lib.things:new_name"}
    text = _files(spec, config)["src/openwire/resources/things.py"]
    assert "    from ..lib.things import new_name as _old_name\n" in text  # for type checkers
    assert '"_old_name": ("..lib.things", "new_name"),' in text
    assert "def __getattr__(name: str) -> Any:" in text


def _with_item_and_list_alias() -> tuple[Spec, Config]:
    import copy

    from codegen_fixtures import DOCUMENT

    from codegen.config import TypeDef

    document = copy.deepcopy(DOCUMENT)
    document["components"]["schemas"]["CircleItem"] = {
        "type": "object",
        "required": ["type", "r", "id"],
        "properties": {
            "type": {"type": "string", "enum": ["circle"]},
            "r": {"type": "number"},
            "id": {"type": "string"},
        },
    }
    config = make_config()
    config.modules["circle_item"] = [
        TypeDef("circle_item", "CircleItem", "model", schema="#/components/schemas/CircleItem", base="circle:Circle")
    ]
    config.modules["part_list_param"] = [
        TypeDef("part_list_param", "PartListParam", "alias", list_of="part_param:PartParam")
    ]
    return Spec(document), config


def test_a_model_with_a_base_subclasses_it_and_writes_only_its_own_fields() -> None:
    files = _files(*_with_item_and_list_alias())
    text = files["src/openwire/types/circle_item.py"]
    assert "from .circle import Circle" in text
    assert "class CircleItem(Circle):\n    id: str\n" in text
    assert "r: float" not in text and "BaseModel" not in text


def test_a_list_alias_is_a_list_in_request_modules_too() -> None:
    text = _files(*_with_item_and_list_alias())["src/openwire/types/part_list_param.py"]
    assert "PartListParam: TypeAlias = List[PartParam]" in text


def test_definitions_come_after_the_ones_they_use() -> None:
    """``Thing`` uses the alias ``Shape`` of its module: the alias is written first, so the
    model's annotations resolve when the class is created."""
    text = _files(make_spec(), make_config())["src/openwire/types/thing.py"]
    assert text.index("Shape: TypeAlias") < text.index("class Thing(")


def test_helper_overloads_change_parameters_per_client() -> None:
    spec, config = make_spec(), _with_parse_helper(make_config())
    helper = config.resources["things"].helpers[0]
    helper.params["handler"] = "HandlerT | None = None"
    helper.async_params = {"handler": "AsyncHandlerT | None = None"}
    helper.overloads = [
        {"params": {"handler": None}, "returns": "Manager[Handler]", "async_returns": "AsyncManager[Handler]"},
        {
            "params": {"handler": "HandlerT"},
            "async_params": {"handler": "AsyncHandlerT"},
            "returns": "Manager[HandlerT]",
        },
    ]
    text = _files(spec, config)["src/openwire/resources/things.py"]
    sync, async_ = text.split("class AsyncThings", 1)
    overloads = [chunk for chunk in sync.split("@overload")[1:] if "def parse(" in chunk]
    assert len(overloads) == 2
    assert "handler" not in overloads[0].split("->")[0] and "-> Manager[Handler]: ..." in overloads[0]
    assert "handler: HandlerT," in overloads[1] and "-> Manager[HandlerT]: ..." in overloads[1]
    assert "handler: HandlerT | None = None" in sync
    assert "handler: AsyncHandlerT," in async_ and "-> AsyncManager[Handler]: ..." in async_
    helper.async_skip = ["labels"]  # the async client's helper may take fewer parameters
    sync, async_ = _files(spec, config)["src/openwire/resources/things.py"].split("class AsyncThings", 1)
    assert "labels:" in sync.split("def parse(")[-1] and "labels:" not in async_.split("def parse(")[-1]
    helper.overloads = [{"params": {"missing": None}, "returns": "X"}]
    with pytest.raises(ValueError, match="no parameter 'missing'"):
        _files(spec, config)
