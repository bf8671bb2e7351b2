"""``openwire api`` parameters: ``--name value`` tokens become a checked method call."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Dict, Iterable, Literal, Optional

import pytest

from openwire.cli.errors import UsageError
from openwire.cli.method_args import bind_call, convert, describe_parameters, split_tokens

if TYPE_CHECKING:
    from openwire._types import FileTypes, Headers, Omit


# Shaped like a generated method: annotations stay strings (``from __future__ import annotations``).
def create(
    model: str,
    *,
    messages: Iterable[Dict[str, str]],
    n: Optional[int] | Omit = None,
    user: str | Omit = None,
    stream: Optional[Literal[False]] | Literal[True] | Omit = None,
    file: FileTypes | Omit = None,
    extra_headers: Headers | None = None,
) -> Any:
    return None


def test_split_names_values_flags_and_positionals() -> None:
    positional, named, flags = split_tokens(
        ["gpt-4o", "--n", "2", "--top-p=0.5", "--stream", "--user", "u", "--user", "v"]
    )
    assert positional == ["gpt-4o"]
    assert named == {"n": ["2"], "top_p": ["0.5"], "user": ["u", "v"]}
    assert flags == ["stream"]


def test_negative_numbers_are_values() -> None:
    assert split_tokens(["--temperature", "-1"])[1] == {"temperature": ["-1"]}


def test_values_are_json_when_they_parse() -> None:
    assert convert("3") == 3
    assert convert("true") is True
    assert convert('[{"role": "user"}]') == [{"role": "user"}]
    assert convert('"quoted"') == "quoted"
    assert convert("gpt-4o-mini") == "gpt-4o-mini"


def test_parameters_typed_as_text_stay_text() -> None:
    assert convert("123", "str") == "123"
    assert convert("123", "str | Omit") == "123"
    assert convert("123", "Optional[str] | Omit") == "123"
    assert convert("123", "Union[str, ChatModel]") == 123  # a union may be more than text


def test_file_parameters_take_a_path(tmp_path: Path) -> None:
    path = tmp_path / "data.jsonl"
    path.write_text("{}\n")
    assert convert(str(path), "FileTypes") == path
    with pytest.raises(UsageError, match="no such file"):
        convert(str(tmp_path / "missing"), "FileTypes")


def test_bind_builds_the_call() -> None:
    args, kwargs = bind_call(create, ["m", "--messages", '[{"role": "user", "content": "hi"}]', "--n", "2", "--stream"])
    assert args == ["m"]
    assert kwargs == {"messages": [{"role": "user", "content": "hi"}], "n": 2, "stream": True}


def test_path_parameters_may_be_named() -> None:
    args, kwargs = bind_call(create, ["--model", "m", "--messages", "[]"])
    assert args == [] and kwargs["model"] == "m"


def test_unknown_parameter_suggests_the_closest() -> None:
    with pytest.raises(UsageError, match=r"unknown parameter --modle \(did you mean --model\?\)"):
        bind_call(create, ["--modle", "m"])


def test_global_option_after_the_method_is_explained() -> None:
    with pytest.raises(UsageError, match="global options go before the method"):
        bind_call(create, ["m", "--local"])


def test_missing_required_and_extra_positionals() -> None:
    with pytest.raises(UsageError, match="missing a required argument: 'messages'"):
        bind_call(create, ["m"])
    with pytest.raises(UsageError, match="too many positional values"):
        bind_call(create, ["m", "extra", "--messages", "[]"])


def test_not_a_parameter_name() -> None:
    with pytest.raises(UsageError, match="is not a parameter name"):
        split_tokens(["--9lives", "x"])


def test_describe_lists_api_parameters_before_request_options() -> None:
    lines = describe_parameters(create)
    assert lines[0].startswith("  MODEL (positional, or --model)")
    assert "  --messages  Iterable[Dict[str, str]]  (required)" in lines
    assert "  --n  Optional[int]" in lines
    assert lines[-1].startswith("  --extra-headers")
