"""The structured-output modules that every ``chat.completions`` / ``responses`` resource
imports stay light; the reference's import paths of the helpers work."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest


def test_the_helper_functions_load_no_pydantic_and_no_types() -> None:
    code = (
        "import sys, json\n"
        "import openwire.lib._parsing, openwire.lib._parsing.chat, openwire.lib._parsing.responses\n"
        "import openwire.lib.streaming.chat_helpers, openwire.lib.streaming.responses_helpers\n"
        "print(json.dumps(sorted(m for m in sys.modules if m == 'pydantic' or m.startswith('openwire.types'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert json.loads(out.splitlines()[-1]) == []


def test_helpers_resolve_under_the_reference_paths() -> None:
    from openwire.lib import _parsing, _pydantic
    from openwire.lib._parsing import _completions, _responses, _schema

    assert _parsing.type_to_response_format_param is _completions.type_to_response_format_param
    assert _parsing.parse_chat_completion is _completions.parse_chat_completion
    assert _parsing.type_to_text_format_param is _responses.type_to_text_format_param
    assert _pydantic.to_strict_json_schema is _schema.to_strict_json_schema


def test_the_chat_completions_module_has_the_private_alias_llama_index_imports() -> None:
    # llama-index-llms-openai imports ``_type_to_response_format`` from the reference's chat
    # completions resource module to build ``response_format`` from a pydantic model.
    from openwire.lib._parsing._completions import type_to_response_format_param
    from openwire.resources.chat.completions import completions
    from openwire.resources.chat.completions.completions import _type_to_response_format

    assert _type_to_response_format is type_to_response_format_param
    with pytest.raises(AttributeError, match="no attribute '_missing'"):
        completions._missing  # noqa: B018


def test_the_alias_is_resolved_on_first_access_only() -> None:
    code = (
        "import sys\n"
        "import openwire.resources.chat.completions.completions\n"
        "print('openwire.lib._parsing._completions' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False"]
