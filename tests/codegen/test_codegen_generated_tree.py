"""The checked-in generated code is what the generator produces (``python -m codegen --check``)."""

from __future__ import annotations

import os
from pathlib import Path

import codegen_fixtures  # noqa: F401  (puts the repo root on sys.path)
import pytest

from codegen.config import load_config
from codegen.emit import check_tree, format_files
from codegen.generate import generate
from codegen.spec import default_spec_path, load_spec

REPO = Path(__file__).resolve().parents[2]


def test_generated_files_are_up_to_date() -> None:
    spec_path = default_spec_path(REPO)
    if not spec_path.exists():
        if os.environ.get("OPENWIRE_REQUIRE_SHARED") == "1":
            pytest.fail(f"spec not found at {spec_path}")
        pytest.skip(f"spec not found at {spec_path}; set OPENWIRE_SHARED")
    files = format_files(generate(load_spec(spec_path), load_config()))
    problems = check_tree(REPO, files)
    assert not problems, "run `python -m codegen`:\n" + "\n".join(problems[:10])
