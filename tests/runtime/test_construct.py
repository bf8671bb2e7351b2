"""``BaseModel.construct`` / ``model_construct`` and ``_models.construct_type`` build without
validation by the reference's rules (compared with it, as a black box), and
``_models.add_request_id`` (ECOSYSTEM.md 4: langchain's and agents' fallbacks build
``Response.model_construct(**payload)``; agents parses websocket events with ``construct_type``
and imports ``add_request_id``)."""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

import openai._models as reference
import pytest
from openai.types.responses import Response as TheirResponse

import openwire._models as ours
from openwire.types.responses import Response, ResponseStreamEvent


def family(base: Any) -> Any:
    class A(base):  # type: ignore[misc,valid-type]
        a: int

    class B(base):  # type: ignore[misc,valid-type]
        b: str

    class C(base):  # type: ignore[misc,valid-type]
        x: Union[A, B] = None  # type: ignore[assignment]
        f: float = None  # type: ignore[assignment]
        i: int = None  # type: ignore[assignment]
        s: str = None  # type: ignore[assignment]
        items: List[A] = None  # type: ignore[assignment]
        o: Optional[A] = None
        d: Dict[str, A] = None  # type: ignore[assignment]
        u: Union[int, str] = None  # type: ignore[assignment]

    return C


CASES: List[Dict[str, Any]] = [
    {"x": {"zzz": 1}},  # fits no member: the first, holding the data
    {"x": {"b": "q"}},
    {"x": {"a": "7"}},
    {"f": 2**60},
    {"i": 2**60},  # big ints stay ints
    {"i": "19"},  # no coercion
    {"s": 5},
    {"f": "1.5"},
    {"items": [{"a": "5"}]},
    {"o": {"a": "1"}},
    {"d": {"k": {"a": "2"}}},
    {"u": "3"},
    {"u": 3.5},
    {"i": 1.0},
    {"f": 3},
]


def view(value: Any) -> Any:
    if hasattr(type(value), "model_fields"):
        return (type(value).__name__, {k: view(getattr(value, k)) for k in value.model_fields_set}, value.model_extra)
    if isinstance(value, list):
        return [view(item) for item in value]
    if isinstance(value, dict):
        return {key: view(item) for key, item in value.items()}
    return (type(value).__name__, value)


THEIRS, MINE = family(reference.BaseModel), family(ours.BaseModel)


@pytest.mark.parametrize("method", ["construct", "model_construct"])
@pytest.mark.parametrize("values", CASES)
def test_construct_like_the_reference(method: str, values: Dict[str, Any]) -> None:
    assert view(getattr(MINE, method)(**values)) == view(getattr(THEIRS, method)(**values))


RESPONSE = {
    "id": "r",
    "output": [
        {
            "type": "message",
            "id": "m",
            "role": "assistant",
            "status": "completed",
            "content": [{"type": "output_text", "text": "hi", "annotations": []}],
        },
        {"type": "unknown_kind", "id": "z"},
    ],
}


def test_model_construct_builds_nested_responses() -> None:
    mine, theirs = Response.model_construct(**RESPONSE), TheirResponse.model_construct(**RESPONSE)
    assert [type(item).__name__ for item in mine.output] == [type(item).__name__ for item in theirs.output]
    assert mine.output_text == theirs.output_text == "hi"


def test_construct_type_contract() -> None:
    assert ours.construct_type(type_=int, value="x") == "x"
    event = {"type": "response.output_text.delta", "delta": "h", "item_id": "i", "output_index": 0}
    mine = ours.construct_type(type_=ResponseStreamEvent, value=event)
    theirs = reference.construct_type(type_=reference_event_type(), value=event)
    assert type(mine).__name__ == type(theirs).__name__ == "ResponseTextDeltaEvent"


def reference_event_type() -> Any:
    from openai.types.responses import ResponseStreamEvent as TheirEvent

    return TheirEvent


def test_add_request_id_is_not_a_field() -> None:
    model = MINE.construct(i=1)
    ours.add_request_id(model, "req_1")
    assert model._request_id == "req_1"
    assert "_request_id" not in model.model_dump()
