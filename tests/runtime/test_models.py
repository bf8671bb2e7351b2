"""Response models (``openwire._models``): typed when the payload fits, never rejecting it.

A server may add fields, send an enum value we do not know yet, leave a field out or send
the wrong type; the model keeps what it got and types everything else.
"""

from __future__ import annotations

import copy
import json
import pickle
import warnings
from typing import Dict, List, Optional, Union

import httpx
import pydantic
import pytest
from pydantic import Field
from typing_extensions import Annotated, Literal

from openwire._models import BaseModel, lenient_value, parse_json, parse_value


class Usage(BaseModel):
    prompt_tokens: int
    total_tokens: int


class TextPart(BaseModel):
    type: Literal["text"]
    text: str


class ImagePart(BaseModel):
    type: Literal["image"]
    url: str
    detail: Optional[str] = None


Part = Annotated[Union[TextPart, ImagePart], Field(discriminator="type")]


class Message(BaseModel):
    id: str
    role: Literal["user", "assistant"]
    created_at: int = Field(alias="createdAt")
    content: Optional[str] = None
    parts: List[Part] = []
    scores: Dict[str, float] = {}
    usage: Optional[Usage] = None
    finish_reason: Optional[Literal["stop", "length"]] = None


class Modern(BaseModel):
    # PEP 604 unions (``X | None``) are a different runtime type from Optional[X].
    count: "int | None" = None
    usages: "List[Usage] | None" = None
    usage: "Usage | None" = None


class RefModel(BaseModel):
    """Mirror of the reference's ``openai.types.Model``."""

    id: str
    created: int
    object: Literal["model"]
    owned_by: str


VALID = {
    "id": "msg_1",
    "role": "assistant",
    "createdAt": 1700000000,
    "content": None,
    "parts": [{"type": "text", "text": "hi"}, {"type": "image", "url": "https://x/y.png"}],
    "scores": {"a": 0.5},
    "usage": {"prompt_tokens": 3, "total_tokens": 5},
    "finish_reason": "stop",
}


def parse(payload: object, type_: object = Message) -> Message:
    return parse_json(type_, json.dumps(payload))  # type: ignore[arg-type,no-any-return]


class TestValidPayloads:
    def test_everything_is_typed(self) -> None:
        message = parse(VALID)
        assert message.id == "msg_1"
        assert message.created_at == 1700000000
        assert isinstance(message.usage, Usage) and message.usage.total_tokens == 5
        assert [type(p) for p in message.parts] == [TextPart, ImagePart]
        assert message.scores == {"a": 0.5}

    def test_bytes_and_str_input_give_the_same_model(self) -> None:
        raw = json.dumps(VALID)
        assert parse_json(Message, raw) == parse_json(Message, raw.encode())

    def test_fields_can_be_set_by_name_or_alias(self) -> None:
        by_name = Message(id="m", role="user", created_at=1)
        by_alias = Message(id="m", role="user", createdAt=1)  # type: ignore[call-arg]
        assert by_name.created_at == by_alias.created_at == 1

    def test_top_level_lists_dicts_and_unions(self) -> None:
        usages = parse_json(List[Usage], b'[{"prompt_tokens": 1, "total_tokens": 2}]')
        by_key = parse_json(Dict[str, Usage], b'{"k": {"prompt_tokens": 1, "total_tokens": 2}}')
        part = parse_json(Part, b'{"type": "image", "url": "u"}')  # type: ignore[arg-type]
        assert usages == [Usage(prompt_tokens=1, total_tokens=2)]
        assert by_key == {"k": Usage(prompt_tokens=1, total_tokens=2)}
        assert isinstance(part, ImagePart)


class TestLenientParsing:
    def test_unknown_fields_are_kept_as_attributes_and_in_model_extra(self) -> None:
        message = parse({**VALID, "new_field": {"x": 1}, "usage": {**VALID["usage"], "cached": 2}})  # type: ignore[dict-item]
        assert message.new_field == {"x": 1}  # type: ignore[attr-defined]
        assert message.model_extra == {"new_field": {"x": 1}}
        assert message.usage is not None and message.usage.cached == 2  # type: ignore[attr-defined]

    def test_unknown_enum_value_is_kept_and_other_fields_stay_typed(self) -> None:
        message = parse({**VALID, "role": "tool", "finish_reason": "content_filter"})
        assert message.role == "tool"
        assert message.finish_reason == "content_filter"
        assert isinstance(message.usage, Usage)
        assert isinstance(message.parts[1], ImagePart)
        assert message.model_fields_set == set(Message.model_fields)

    def test_a_missing_required_field_reads_as_none_and_is_not_in_fields_set(self) -> None:
        message = parse({"id": "msg_1", "createdAt": 1})
        assert message.role is None
        assert "role" not in message.model_fields_set
        assert message.model_fields_set == {"id", "created_at"}
        assert message.to_dict() == {"id": "msg_1", "createdAt": 1}

    def test_a_wrong_type_is_kept_raw_and_its_siblings_are_typed(self) -> None:
        message = parse({**VALID, "usage": {"prompt_tokens": "3", "total_tokens": "many"}})
        assert message.usage is not None
        assert message.usage.prompt_tokens == 3  # lax conversion still applies
        assert message.usage.total_tokens == "many"  # type: ignore[comparison-overlap]

    def test_a_list_with_one_bad_item_keeps_the_good_ones_typed(self) -> None:
        message = parse({**VALID, "parts": [{"type": "text", "text": "ok"}, {"type": "image", "url": 5}]})
        first, second = message.parts
        assert isinstance(first, TextPart) and first.text == "ok"
        assert isinstance(second, ImagePart) and second.url == 5  # type: ignore[comparison-overlap]

    def test_an_unknown_discriminator_does_not_raise(self) -> None:
        message = parse({**VALID, "parts": [{"type": "video", "src": "v.mp4"}]})
        (part,) = message.parts
        assert isinstance(part, pydantic.BaseModel)
        assert part.type == "video"
        assert part.model_extra == {"src": "v.mp4"}

    def test_a_dict_of_models_with_a_bad_value(self) -> None:
        scores = lenient_value(Dict[str, float], {"a": "0.5", "b": "high"})
        assert scores == {"a": 0.5, "b": "high"}

    def test_pep_604_unions_are_converted_too(self) -> None:
        modern = parse_value(
            Modern, {"count": "many", "usages": [{"prompt_tokens": 1}], "usage": {"total_tokens": "x"}}
        )
        assert modern.count == "many"  # type: ignore[comparison-overlap]
        assert modern.usages is not None and isinstance(modern.usages[0], Usage)
        assert modern.usages[0].prompt_tokens == 1
        assert isinstance(modern.usage, Usage) and modern.usage.total_tokens == "x"  # type: ignore[comparison-overlap]

    def test_an_optional_list_of_models_with_a_bad_item(self) -> None:
        value = lenient_value(Optional[List[Usage]], [{"prompt_tokens": 1, "total_tokens": "x"}])
        assert isinstance(value[0], Usage) and value[0].total_tokens == "x"

    def test_an_optional_discriminated_union_with_a_bad_member(self) -> None:
        value = lenient_value(Optional[Part], {"type": "image", "url": 5})
        assert isinstance(value, ImagePart) and value.url == 5

    def test_a_scalar_that_cannot_be_converted_is_kept(self) -> None:
        assert lenient_value(int, "x") == "x"
        assert lenient_value(Literal["a", "b"], "c") == "c"
        assert lenient_value(List[int], [1, "x", "3"]) == [1, "x", 3]
        assert lenient_value(Usage, "not an object") == "not an object"

    def test_parse_value_matches_parse_json(self) -> None:
        payload = {**VALID, "role": "tool", "extra": 1}
        assert parse_value(Message, payload) == parse(payload)

    def test_construct_builds_nested_models_without_validation(self) -> None:
        message = Message.construct(id="m", role="system", usage={"prompt_tokens": 1})
        assert message.role == "system"
        assert isinstance(message.usage, Usage)
        assert message.model_fields_set == {"id", "role", "usage"}


class TestNullVersusMissing:
    def test_model_fields_set_tells_null_from_missing(self) -> None:
        explicit_null = parse({"id": "m", "role": "user", "createdAt": 1, "content": None})
        missing = parse({"id": "m", "role": "user", "createdAt": 1})
        assert explicit_null.content is None and missing.content is None
        assert "content" in explicit_null.model_fields_set
        assert "content" not in missing.model_fields_set
        assert explicit_null.to_dict()["content"] is None
        assert "content" not in missing.to_dict()


class TestDumping:
    def test_to_dict_defaults_use_api_names_and_exclude_unset(self) -> None:
        message = parse({"id": "m", "role": "user", "createdAt": 1, "usage": {"prompt_tokens": 1, "total_tokens": 2}})
        assert message.to_dict() == {
            "id": "m",
            "role": "user",
            "createdAt": 1,
            "usage": {"prompt_tokens": 1, "total_tokens": 2},
        }

    def test_to_dict_options(self) -> None:
        message = parse({"id": "m", "role": "user", "createdAt": 1, "content": None})
        assert "created_at" in message.to_dict(use_api_names=False)
        assert "content" not in message.to_dict(exclude_none=True)
        everything = message.to_dict(exclude_unset=False)
        assert everything["parts"] == [] and everything["finish_reason"] is None
        assert "parts" not in message.to_dict(exclude_unset=False, exclude_defaults=True)

    def test_to_dict_json_mode_gives_json_types(self) -> None:
        class Stamped(BaseModel):
            tags: set = set()  # type: ignore[type-arg]

        stamped = Stamped(tags={"a"})
        assert stamped.to_dict() == {"tags": {"a"}}
        assert stamped.to_dict(mode="json") == {"tags": ["a"]}

    def test_to_json_is_indented_by_two_by_default(self) -> None:
        usage = Usage(prompt_tokens=1, total_tokens=2)
        assert usage.to_json() == '{\n  "prompt_tokens": 1,\n  "total_tokens": 2\n}'
        assert usage.to_json(indent=None) == '{"prompt_tokens":1,"total_tokens":2}'

    def test_to_json_uses_api_names(self) -> None:
        message = parse({"id": "m", "role": "user", "createdAt": 1})
        assert json.loads(message.to_json()) == {"id": "m", "role": "user", "createdAt": 1}
        assert json.loads(message.to_json(use_api_names=False)) == {"id": "m", "role": "user", "created_at": 1}

    def test_lenient_values_are_dumped_as_received(self) -> None:
        message = parse({"id": "m", "role": "tool", "createdAt": "soon", "extra": [1]})
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # pydantic warns that the types do not match
            assert message.to_dict() == {"id": "m", "role": "tool", "createdAt": "soon", "extra": [1]}
            assert message.to_dict(warnings=False) == message.to_dict()

    def test_str_shows_the_class_name_like_repr(self) -> None:
        usage = Usage(prompt_tokens=1, total_tokens=2)
        assert str(usage) == repr(usage) == "Usage(prompt_tokens=1, total_tokens=2)"


class TestRequestIdAndCopies:
    def test_request_id_is_a_private_attribute_defaulting_to_none(self) -> None:
        message = parse(VALID)
        assert message._request_id is None
        message._request_id = "req_123"
        assert message._request_id == "req_123"
        assert "_request_id" not in message.to_dict()
        assert "_request_id" not in message.model_fields_set

    def test_request_id_takes_no_part_in_equality(self) -> None:
        parsed = parse(VALID)
        parsed._request_id = "req_1"
        built = parse(VALID)
        assert parsed == built and built == parsed
        assert built._request_id is None  # comparing does not copy the id over
        assert parsed != parse({**VALID, "id": "other"})

    def test_the_reference_also_ignores_request_id_in_equality(self) -> None:
        import openai

        payload = {"id": "gpt", "created": 1, "object": "model", "owned_by": "openai"}

        def handler(request: httpx.Request) -> httpx.Response:
            return httpx.Response(200, json=payload, headers={"x-request-id": "req_1"})

        client = openai.OpenAI(api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(handler)))
        parsed = client.models.retrieve("gpt")
        assert parsed._request_id == "req_1"
        assert parsed == openai.types.Model(**payload)  # type: ignore[arg-type]

    def test_lenient_models_have_a_request_id_too(self) -> None:
        message = parse({"id": "m"})
        assert message._request_id is None

    @pytest.mark.parametrize(
        "payload", [VALID, {**VALID, "role": "tool", "extra": [1], "usage": {"total_tokens": "x"}}]
    )
    def test_pickle_round_trip(self, payload: object) -> None:
        message = parse(payload)
        message._request_id = "req_1"
        restored = pickle.loads(pickle.dumps(message))
        assert restored == message
        assert restored._request_id == "req_1"
        assert restored.model_fields_set == message.model_fields_set
        assert restored.model_extra == message.model_extra

    @pytest.mark.parametrize("payload", [VALID, {**VALID, "role": "tool", "extra": [1]}])
    def test_deepcopy_round_trip(self, payload: object) -> None:
        message = parse(payload)
        message._request_id = "req_1"
        clone = copy.deepcopy(message)
        assert clone == message and clone is not message
        assert clone.usage is not message.usage
        assert clone._request_id == "req_1"


class TestStrict:
    def test_strict_parse_json_raises(self) -> None:
        with pytest.raises(pydantic.ValidationError):
            parse_json(Message, json.dumps({**VALID, "role": "tool"}), strict=True)

    def test_strict_parse_value_raises(self) -> None:
        with pytest.raises(pydantic.ValidationError):
            parse_value(Usage, {"prompt_tokens": 1}, strict=True)

    def test_strict_accepts_a_valid_payload(self) -> None:
        assert parse_json(Message, json.dumps(VALID), strict=True).id == "msg_1"


@pytest.mark.parametrize(
    "payload",
    [
        {"id": "gpt", "created": 1, "object": "model", "owned_by": "openai"},
        {"id": "gpt", "created": 1, "object": "model", "owned_by": "openai", "extra": {"a": 1}},
        {"id": "x", "object": "weird", "created": "notint", "extra": [1]},
        {"id": "x"},
        {"id": "x", "owned_by": None},
    ],
)
def test_matches_the_reference_model(payload: Dict[str, object]) -> None:
    import openai

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=payload)

    client = openai.OpenAI(api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    reference = client.models.retrieve("m")
    ours = parse_json(RefModel, json.dumps(payload))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert ours.to_dict() == reference.to_dict()
        assert ours.to_json() == reference.to_json()
    # Declared fields only: pydantic's validation (our fast path) also lists extra keys as
    # set, the reference's construct() does not; both dump the extras all the same.
    declared = set(RefModel.model_fields)
    assert ours.model_fields_set & declared == reference.model_fields_set & declared
    assert ours.model_extra == reference.model_extra
    for name in RefModel.model_fields:
        assert getattr(ours, name) == getattr(reference, name)
    assert repr(ours).replace("RefModel(", "Model(") == repr(reference)
