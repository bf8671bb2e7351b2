from __future__ import annotations

from pathlib import Path

import codegen_fixtures  # noqa: F401  (puts the repo root on sys.path)

from codegen.emit import check_tree, format_files, write_tree


def test_formatting_is_ruff_format() -> None:
    out = format_files({"a.py": "x = {'a':1}\n", "api.md": "# x\n"})
    assert out["a.py"] == 'x = {"a": 1}\n'
    assert out["api.md"] == "# x\n"


def test_check_reports_changed_missing_and_stale_files(tmp_path: Path) -> None:
    files = {"src/openwire/types/a.py": "A = 1\n", "src/openwire/types/b.py": "B = 1\n"}
    write_tree(tmp_path, files)
    assert check_tree(tmp_path, files) == []
    (tmp_path / "src/openwire/types/a.py").write_text("A = 2\n")
    (tmp_path / "src/openwire/types/b.py").unlink()
    (tmp_path / "src/openwire/types/stale.py").write_text("")
    problems = check_tree(tmp_path, files)
    assert [p.split(":")[0] for p in problems] == ["differs", "missing", "not generated (remove it)"]
    # Writing again removes the stale file and restores the others.
    write_tree(tmp_path, files)
    assert check_tree(tmp_path, files) == []
