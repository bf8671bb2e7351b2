from __future__ import annotations

import codegen_fixtures  # noqa: F401  (puts the repo root on sys.path)

from codegen.naming import field_name, relative_import, snake


def test_json_names_become_identifiers() -> None:
    assert field_name("self-harm/intent", model=True) == "self_harm_intent"
    assert field_name("class", model=False) == "class_"


def test_model_fields_avoid_pydantic_names() -> None:
    assert field_name("model_grader_parse_error", model=True) == "api_model_grader_parse_error"
    assert field_name("schema", model=True) == "schema_"
    # A TypedDict key is written as the wire name.
    assert field_name("schema", model=False) == "schema"


def test_snake_case_of_class_names() -> None:
    assert snake("ChatCompletionMessage") == "chat_completion_message"
    assert snake("ImageURL") == "image_url"


def test_relative_imports_between_modules() -> None:
    assert relative_import("types.chat.chat_completion", "types.completion_usage") == "..completion_usage"
    assert (
        relative_import("types.chat.chat_completion", "types.chat.chat_completion_message")
        == ".chat_completion_message"
    )
    assert relative_import("types.chat", "types.chat.chat_completion", from_is_package=True) == ".chat_completion"
    assert (
        relative_import("resources.chat.completions.completions", "types.chat.chat_completion")
        == "....types.chat.chat_completion"
    )
