"""Bracket-style query and form encoding (``openwire._qs.flatten_query``)."""

from __future__ import annotations

import datetime
from typing import Dict, List
from urllib.parse import urlencode

import httpx
import pytest

from openwire import NOT_GIVEN, omit
from openwire._qs import flatten_query

# Observed on the wire from the reference, with default_query={"d": "1"}.
PARAMS: Dict[str, object] = {
    "a": [1, 2],
    "b": {"c": True, "d": None, "e": [{"f": 1}]},
    "n": None,
    "fl": 1.5,
    "s": "x y&z",
    "t": False,
    "emp": [],
    "tup": ("a", "b"),
}
WIRE = "d=1&a%5B%5D=1&a%5B%5D=2&b%5Bc%5D=true&b%5Be%5D%5B%5D%5Bf%5D=1&fl=1.5&s=x+y%26z&t=false&tup%5B%5D=a&tup%5B%5D=b"


def test_the_recorded_example_encodes_as_the_reference_sent_it() -> None:
    assert urlencode(flatten_query({"d": "1", **PARAMS})) == WIRE


def test_the_recorded_example_as_pairs() -> None:
    assert flatten_query(PARAMS) == [
        ("a[]", "1"),
        ("a[]", "2"),
        ("b[c]", "true"),
        ("b[e][][f]", "1"),
        ("fl", "1.5"),
        ("s", "x y&z"),
        ("t", "false"),
        ("tup[]", "a"),
        ("tup[]", "b"),
    ]


def test_scalars_are_strings_and_booleans_are_lowercase() -> None:
    assert flatten_query({"i": 0, "f": 0.25, "s": "", "yes": True, "no": False}) == [
        ("i", "0"),
        ("f", "0.25"),
        ("s", ""),
        ("yes", "true"),
        ("no", "false"),
    ]


def test_none_empty_lists_and_empty_objects_are_left_out() -> None:
    assert flatten_query({"n": None, "l": [], "m": {}, "nested": {"n": None, "l": []}}) == []


def test_none_inside_a_list_is_left_out() -> None:
    assert flatten_query({"l": [1, None, 3]}) == [("l[]", "1"), ("l[]", "3")]


def test_nested_lists_and_objects_nest_brackets() -> None:
    assert flatten_query({"l": [[1, 2], {"k": "v"}], "o": {"p": {"q": [True]}}}) == [
        ("l[][]", "1"),
        ("l[][]", "2"),
        ("l[][k]", "v"),
        ("o[p][q][]", "true"),
    ]


def test_not_given_and_omit_are_skipped_at_any_depth() -> None:
    params = {"g": NOT_GIVEN, "o": omit, "nested": {"g": NOT_GIVEN, "keep": 1}, "l": [omit, 2]}
    assert flatten_query(params) == [("nested[keep]", "1"), ("l[]", "2")]


def test_other_values_use_str() -> None:
    moment = datetime.datetime(2024, 1, 2, 3, 4, 5)
    assert flatten_query({"dt": moment, "k": 7}) == [("dt", "2024-01-02 03:04:05"), ("k", "7")]


def test_order_of_keys_is_kept() -> None:
    assert [key for key, _ in flatten_query({"z": 1, "a": 2, "m": 3})] == ["z", "a", "m"]


def test_an_empty_mapping_gives_no_pairs() -> None:
    assert flatten_query({}) == []


@pytest.mark.parametrize(
    "params",
    [
        PARAMS,
        {"dt": datetime.datetime(2024, 1, 2, 3, 4, 5)},
        {"l": [1, None, [2, 3]]},
        {"g": NOT_GIVEN, "o": omit, "k": "v"},
        {"emptyd": {}},
        {"u": "\u00e9/\u00fc", "limit": 20, "order": "desc"},
        {"metadata": {"a": "1", "b": "two words"}},
    ],
)
def test_matches_the_reference_query_string(params: Dict[str, object]) -> None:
    import openai

    seen: List[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    client = openai.OpenAI(
        api_key="k",
        default_query={"d": "1"},
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )
    # The reference does not know our sentinels: give it its own at the top level.
    reference_params = {
        key: openai.NOT_GIVEN if value is NOT_GIVEN else openai.omit if value is omit else value
        for key, value in params.items()
    }
    client.get("/x", cast_to=httpx.Response, options={"params": reference_params})
    assert seen[0].url.query.decode() == urlencode(flatten_query({"d": "1", **params}))
