"""``python -m codegen [--check] [--spec PATH] [--config PATH]``: regenerate the SDK surface."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .config import CONFIG_DIR, load_config
from .emit import check_tree, format_files, write_tree
from .generate import generate
from .spec import default_spec_path, load_spec

REPO = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    parser.add_argument("--check", action="store_true", help="regenerate in memory and fail on any difference")
    parser.add_argument(
        "--spec",
        type=Path,
        default=None,
        help="the OpenAPI document (default: ../shared/spec/openai-openapi.yml or $OPENWIRE_SPEC)",
    )
    parser.add_argument("--config", type=Path, default=CONFIG_DIR)
    parser.add_argument("--warnings", action="store_true", help="list schemas the config leaves unnamed")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    spec = load_spec(args.spec or default_spec_path(REPO))
    files = format_files(generate(spec, load_config(args.config)))
    if args.warnings:
        for warning in getattr(generate, "warnings", []):
            print("warning:", warning, file=sys.stderr)
    if args.check:
        problems = check_tree(REPO, files)
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            print(
                f"codegen --check: {len(problems)} generated file(s) out of date; run `python -m codegen`",
                file=sys.stderr,
            )
            return 1
        print(f"codegen --check: {len(files)} files up to date ({time.perf_counter() - started:.1f}s)")
        return 0
    changed = write_tree(REPO, files)
    print(f"codegen: {len(files)} files, {changed} written ({time.perf_counter() - started:.1f}s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
