"""``python -m openwire.local``: the same as ``openwire serve`` (see ``openwire serve --help``)."""

from __future__ import annotations

import sys
from typing import List, Optional

from ..cli import main as cli_main

__all__ = ["main"]


def main(argv: Optional[List[str]] = None) -> int:
    return cli_main(["serve", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    raise SystemExit(main())
