"""Writing the generated tree: format with ruff, then write, or compare (``--check``)."""

from __future__ import annotations

import difflib
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Dict, List

__all__ = ["format_files", "write_tree", "check_tree"]

# Directories the generator owns entirely: files in them that it did not produce are removed.
OWNED_DIRS = ("src/openwire/types", "src/openwire/resources")


def _ruff() -> str:
    candidate = Path(sys.executable).with_name("ruff")
    return str(candidate) if candidate.exists() else "ruff"


def format_files(files: Dict[str, str]) -> Dict[str, str]:
    """Run ``ruff format`` over the Python files (in a scratch directory, one process)."""
    with tempfile.TemporaryDirectory(prefix="openwire-codegen-") as scratch:
        root = Path(scratch)
        for rel, text in files.items():
            if rel.endswith(".py"):
                path = root / rel
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text)
        subprocess.run(
            [_ruff(), "format", "--isolated", "--quiet", "--line-length", "120", "--target-version", "py310", "."],
            cwd=root,
            check=True,
        )
        return {rel: (root / rel).read_text() if rel.endswith(".py") else text for rel, text in files.items()}


def _owned_files(repo: Path) -> List[str]:
    out = []
    for owned in OWNED_DIRS:
        base = repo / owned
        if base.exists():
            out += [str(p.relative_to(repo)) for p in base.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    return out


def write_tree(repo: Path, files: Dict[str, str]) -> int:
    for stale in sorted(set(_owned_files(repo)) - set(files)):
        (repo / stale).unlink()
    changed = 0
    for rel, text in sorted(files.items()):
        path = repo / rel
        if path.exists() and path.read_text() == text:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        changed += 1
    for owned in OWNED_DIRS:
        for directory in sorted((repo / owned).rglob("*"), reverse=True):
            if directory.is_dir() and not any(p for p in directory.iterdir() if p.name != "__pycache__"):
                shutil.rmtree(directory)
    return changed


def check_tree(repo: Path, files: Dict[str, str], *, show: int = 20) -> List[str]:
    """The problems: files that differ, are missing, or should not exist."""
    problems = []
    for rel, text in sorted(files.items()):
        path = repo / rel
        if not path.exists():
            problems.append(f"missing: {rel}")
            continue
        current = path.read_text()
        if current != text:
            diff = list(
                difflib.unified_diff(
                    current.splitlines(), text.splitlines(), f"{rel} (on disk)", f"{rel} (generated)", lineterm="", n=1
                )
            )
            problems.append(f"differs: {rel}\n" + "\n".join(diff[:show]))
    for stale in sorted(set(_owned_files(repo)) - set(files)):
        problems.append(f"not generated (remove it): {stale}")
    return problems
