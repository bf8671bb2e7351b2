"""Run a Python program with ``import openai`` resolving to openwire, without changing its code.

    python -m openwire.run script.py [args ...]
    python -m openwire.run -m package.module [args ...]

The target runs as ``python script.py`` / ``python -m package.module`` would run it: as
``__main__``, with the same ``sys.argv`` and the same first entry of ``sys.path``; its exit
status is the program's. The alias (:func:`openwire.alias.install`) holds for this process only:
child Python processes (``subprocess``, ``multiprocessing`` with "spawn") start without it unless
they are started the same way.
"""

from __future__ import annotations

import os
import runpy
import sys
from typing import List, Optional

from .alias import install

USAGE = "usage: python -m openwire.run script.py [args ...] | python -m openwire.run -m module [args ...]"


def main(argv: Optional[List[str]] = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0] in ("-h", "--help") or (args[0] == "-m" and len(args) < 2):
        stream = sys.stdout if args and args[0] in ("-h", "--help") else sys.stderr
        print(USAGE, file=stream)
        raise SystemExit(0 if stream is sys.stdout else 2)
    install()
    if args[0] == "-m":
        # runpy sets sys.argv[0] to the module's file, as ``python -m`` does; sys.path[0] is
        # already the working directory, since this launcher itself runs with ``-m``.
        sys.argv = args[1:]
        runpy.run_module(args[1], run_name="__main__", alter_sys=True)
    else:
        script = args[0]
        sys.argv = list(args)
        sys.path[0] = os.path.dirname(os.path.realpath(script))
        runpy.run_path(script, run_name="__main__")


if __name__ == "__main__":
    main()
