"""Per-call options (``openwire._options``): what a call asks for before it becomes a request."""

from __future__ import annotations

import datetime
from typing import Any, List

import httpx
import pytest

from openwire import NOT_GIVEN, omit
from openwire._models import BaseModel
from openwire._options import FinalRequestOptions, dump_json, make_request_options, strip_not_given


class TestDumpJson:
    def test_compact_utf8(self) -> None:
        assert dump_json({"a": "\u00e9", "b": [1, 2.5], "c": None}) == '{"a":"\u00e9","b":[1,2.5],"c":null}'.encode()
        assert dump_json({"a": "\u00e9"}) == b'{"a":"\xc3\xa9"}'

    def test_matches_the_bytes_the_reference_sends(self) -> None:
        import openai

        bodies: List[bytes] = []

        def handler(request: httpx.Request) -> httpx.Response:
            bodies.append(request.read())
            return httpx.Response(200, json={})

        client = openai.OpenAI(api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(handler)))
        body = {"a": "\u00e9", "b": [1, 2.5], "c": None, "d": {"e": True, "emoji": "\U0001f600"}, "g": openai.NOT_GIVEN}
        client.post("/x", cast_to=httpx.Response, body=body)
        assert dump_json({**body, "g": NOT_GIVEN}) == bodies[0]

    def test_datetimes_and_dates_are_isoformat(self) -> None:
        moment = datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)
        assert dump_json({"at": moment, "on": datetime.date(2024, 1, 2)}) == (
            b'{"at":"2024-01-02T03:04:05+00:00","on":"2024-01-02"}'
        )

    def test_models_are_dumped_by_api_name_with_only_what_was_set(self) -> None:
        class Tool(BaseModel):
            type: str
            strict_mode: bool = False

        assert dump_json({"tools": [Tool(type="f")]}) == b'{"tools":[{"type":"f"}]}'

    def test_top_level_not_given_and_omit_are_left_out(self) -> None:
        assert dump_json({"a": 1, "g": NOT_GIVEN, "o": omit, "n": None}) == b'{"a":1,"n":null}'

    def test_nested_sentinels_and_unknown_objects_are_type_errors(self) -> None:
        with pytest.raises(TypeError, match="NotGiven"):
            dump_json({"a": {"g": NOT_GIVEN}})
        with pytest.raises(TypeError, match="Object of type object is not JSON serializable"):
            dump_json({"a": object()})

    def test_non_mapping_bodies(self) -> None:
        assert dump_json([1, "x"]) == b'[1,"x"]'
        assert dump_json("s") == b'"s"'


class TestMakeRequestOptions:
    def test_nothing_given_gives_no_options(self) -> None:
        assert make_request_options() == {}

    def test_each_argument_lands_under_its_option_name(self) -> None:
        def parser(value: Any) -> Any:
            return value

        timeout = httpx.Timeout(3.0)
        options = make_request_options(
            extra_headers={"X-A": "1"},
            extra_body={"b": 2},
            extra_query={"q": "v"},
            timeout=timeout,
            post_parser=parser,
        )
        assert options == {
            "headers": {"X-A": "1"},
            "extra_json": {"b": 2},
            "params": {"q": "v"},
            "timeout": timeout,
            "post_parser": parser,
        }

    def test_query_and_extra_query_merge_with_extra_winning(self) -> None:
        options = make_request_options(
            query={"limit": 10, "after": NOT_GIVEN, "order": "asc"}, extra_query={"order": "desc"}
        )
        assert options == {"params": {"limit": 10, "order": "desc"}}

    def test_not_given_query_values_are_dropped(self) -> None:
        assert make_request_options(query={"after": NOT_GIVEN, "before": omit}) == {"params": {}}

    def test_timeout_none_means_no_timeout_and_is_kept(self) -> None:
        assert make_request_options(timeout=None) == {"timeout": None}
        assert make_request_options(timeout=NOT_GIVEN) == {}

    def test_omit_in_extra_headers_is_kept_to_remove_a_default_header(self) -> None:
        assert make_request_options(extra_headers={"OpenAI-Organization": omit}) == {
            "headers": {"OpenAI-Organization": omit}
        }

    @pytest.mark.parametrize("extra_body", [[1, 2], "text", 5])
    def test_extra_body_must_be_a_mapping(self, extra_body: object) -> None:
        with pytest.raises(TypeError, match=f"extra_body must be a mapping, got {type(extra_body).__name__}"):
            make_request_options(extra_body=extra_body)


class TestStripNotGiven:
    def test_drops_top_level_sentinels_only(self) -> None:
        nested = {"g": NOT_GIVEN}
        result = strip_not_given({"a": 1, "n": None, "g": NOT_GIVEN, "o": omit, "nested": nested})
        assert result == {"a": 1, "n": None, "nested": nested}
        assert result["nested"] is nested

    def test_returns_a_new_dict(self) -> None:
        values = {"a": 1}
        assert strip_not_given(values) is not values


class TestFinalRequestOptions:
    def test_build_merges_call_fields_with_options(self) -> None:
        options = FinalRequestOptions.build(
            "post",
            "/chat/completions",
            {"headers": {"X-A": "1"}, "max_retries": 5, "timeout": 2.0},
            json_data={"model": "m"},
        )
        assert (options.method, options.url) == ("post", "/chat/completions")
        assert options.json_data == {"model": "m"}
        assert options.headers == {"X-A": "1"}
        assert (options.max_retries, options.timeout) == (5, 2.0)
        assert options.files is None and options.params is None

    def test_options_win_over_call_fields(self) -> None:
        options = FinalRequestOptions.build("get", "/x", {"params": {"b": 2}}, params={"a": 1})
        assert options.params == {"b": 2}

    def test_defaults_are_not_given_or_none(self) -> None:
        options = FinalRequestOptions(method="get", url="/x")
        assert options.max_retries is NOT_GIVEN and options.timeout is NOT_GIVEN
        assert options.headers is None and options.idempotency_key is None

    def test_unknown_option_keys_are_a_type_error_naming_them(self) -> None:
        with pytest.raises(TypeError, match="Unknown request option\\(s\\): bogus, zzz"):
            FinalRequestOptions.build("get", "/x", {"zzz": 1, "bogus": 2})  # type: ignore[typeddict-unknown-key]

    def test_every_documented_option_and_post_parser_are_accepted(self) -> None:
        def parser(value: Any) -> Any:
            return value

        options = FinalRequestOptions.build(
            "get",
            "/x",
            {
                "headers": {},
                "max_retries": 1,
                "timeout": None,
                "params": {},
                "extra_json": {},
                "idempotency_key": "k",
                "follow_redirects": True,
                "post_parser": parser,  # type: ignore[typeddict-unknown-key]
            },
        )
        assert options.post_parser is parser
        assert options.follow_redirects is True and options.idempotency_key == "k"

    def test_make_request_options_output_is_accepted_by_build(self) -> None:
        options = FinalRequestOptions.build(
            "post", "/x", make_request_options(extra_headers={"X": "1"}, extra_body={"b": 1}, timeout=1.0)
        )
        assert (options.headers, options.extra_json, options.timeout) == ({"X": "1"}, {"b": 1}, 1.0)

    def test_copy_with_changes_only_what_is_given(self) -> None:
        original = FinalRequestOptions(method="get", url="/x", params={"a": 1}, max_retries=3)
        changed = original.copy_with(url="/y")
        assert (changed.url, changed.params, changed.max_retries) == ("/y", {"a": 1}, 3)
        assert original.url == "/x"

    def test_repr_does_not_show_headers(self) -> None:
        options = FinalRequestOptions(method="get", url="/x", headers={"Authorization": "Bearer sk-secret"})
        assert "sk-secret" not in repr(options)
        assert repr(options) == "FinalRequestOptions(method='get', url='/x', params=None)"
